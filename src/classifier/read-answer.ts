export const EMPTY = new Uint8Array(0);
const UTF8 = new TextDecoder();

/**
 * The answer as the SDK reads it: status, headers, and the body (already read whole) as text or
 * JSON, once, like a Response. Not the built-in Response: it wraps the bytes in a WHATWG stream and
 * runs webidl checks on every call (~3% of the LLM path's CPU in scenario c of the bench). It has no
 * body stream, which the SDK takes as a custom response: nothing to cancel.
 */
export class ReadAnswer {
  readonly url = '';
  readonly statusText = '';
  readonly redirected = false;
  readonly type = 'basic';
  readonly body = null;
  bodyUsed = false;
  readonly status: number;
  readonly headers: Headers;
  readonly #bytes: Uint8Array;

  constructor(status: number, headers: Headers, bytes: Uint8Array) {
    this.status = status;
    this.headers = headers;
    this.#bytes = bytes;
  }

  get ok(): boolean {
    return this.status >= 200 && this.status <= 299;
  }

  #take(): Uint8Array {
    if (this.bodyUsed) throw new TypeError('Body is unusable: Body has already been read');
    this.bodyUsed = true;
    return this.#bytes;
  }

  async text(): Promise<string> {
    return UTF8.decode(this.#take());
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async bytes(): Promise<Uint8Array> {
    return this.#take().slice();
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return (await this.bytes()).buffer as ArrayBuffer;
  }

  clone(): ReadAnswer {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    return new ReadAnswer(this.status, new Headers(this.headers), this.#bytes);
  }
}
