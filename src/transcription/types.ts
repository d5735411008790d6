/** A recording as the voice route received it; the format was checked by its first bytes. */
export interface Recording {
  data: Buffer;
  /** e.g. `call.wav`: the extension tells the provider the format. */
  filename: string;
  contentType: string;
  /** ISO 639-1 language of the speech when the caller knows it (from `locale`): helps the recogniser. */
  language?: string | undefined;
}

/** Speech to text. Rejects with an LlmError (kind and status) when the provider fails. */
export interface Transcriber {
  readonly provider: string;
  readonly model: string;
  transcribe(recording: Recording, signal?: AbortSignal): Promise<string>;
}
