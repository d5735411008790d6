import multipart from '@fastify/multipart';
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, invalidRequest } from '../../errors.ts';
import { redactPii } from '../../observability/redact.ts';
import { transcriptionUnavailable, type Transcription } from '../../transcription/transcription.ts';
import { AUDIO_FORMATS, AUDIO_MEDIA_TYPES, detectAudioFormat } from '../channels/audio.ts';
import { createChannelQuerySchema, refuseOtherMediaTypes } from '../channels/channel-input.ts';
import { validationError } from '../validation.ts';
import { classifyIdempotently, type ClassifyDeps } from './classify-idempotent.ts';

export interface VoiceRouteOptions extends ClassifyDeps {
  transcription: Transcription;
  maxMessageChars: number;
  maxAudioBytes: number;
}

const MEDIA_TYPE = 'multipart/form-data';
const FIELDS = new Set(['message_id', 'customer_id', 'locale']);

/** Reads the form: one `audio` file part, and the optional id parts; anything else is a 400 naming it. */
async function readForm(request: FastifyRequest, maxAudioBytes: number) {
  let audio: Buffer | undefined;
  const fields: Record<string, string> = {};
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'audio') throw invalidRequest(`${part.fieldname}: unexpected file part; send the recording as part "audio"`);
      try {
        audio = await part.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
          throw new AppError('payload_too_large', `audio: larger than the limit of ${maxAudioBytes} bytes (MAX_AUDIO_BYTES)`);
        }
        throw error;
      }
    } else {
      if (!FIELDS.has(part.fieldname)) throw invalidRequest(`${part.fieldname}: unknown part; expected audio, message_id, customer_id or locale`);
      fields[part.fieldname] = String(part.value);
    }
  }
  if (!audio || audio.length === 0) throw invalidRequest('audio: is required (a multipart file part named "audio")');
  return { audio, fields };
}

/**
 * POST /api/v1/classify/voice: an IVR recording (multipart/form-data), transcribed by the primary
 * provider behind its own breaker, then the same triage with channel `voice`.
 */
export async function registerVoiceRoute(app: FastifyInstance, options: VoiceRouteOptions) {
  const ids = createChannelQuerySchema(options.maxMessageChars);
  await app.register(async (scope) => {
    refuseOtherMediaTypes(scope, `${MEDIA_TYPE} with an "audio" part`);
    await scope.register(multipart, { limits: { fileSize: options.maxAudioBytes, files: 1, fields: 10, fieldSize: 1024, parts: 11 } });
    scope.post('/api/v1/classify/voice', async (request, reply) => {
      if (!request.isMultipart()) throw new AppError('unsupported_media_type', `Content-Type must be ${MEDIA_TYPE} with an "audio" part`);
      // Said before the upload is read: without a provider no recording can be used.
      if (!options.transcription.available) throw transcriptionUnavailable();
      const { audio, fields } = await readForm(request, options.maxAudioBytes);
      const parsed = ids.safeParse(fields);
      if (!parsed.success) throw validationError(parsed.error);
      const format = detectAudioFormat(audio);
      if (!format) throw new AppError('unsupported_media_type', `audio: must be ${AUDIO_FORMATS.join(', ')}; the file is none of these`);
      const digest = createHash('sha256').update(audio).digest('base64url');
      return classifyIdempotently(options, request, reply, {
        channel: 'voice',
        message_id: parsed.data.message_id,
        customer_id: parsed.data.customer_id,
        locale: parsed.data.locale,
        // The same recording under the same id is the same message: a replay needs no second transcription.
        fingerprint: ['voice', digest, parsed.data.customer_id],
        prepare: async () => {
          // The API takes ISO 639-1 codes only; a three-letter language is left to the recogniser.
          const subtag = parsed.data.locale ? new Intl.Locale(parsed.data.locale).language : '';
          const language = subtag.length === 2 ? subtag : undefined;
          const recording = { data: audio, filename: `recording.${format}`, contentType: AUDIO_MEDIA_TYPES[format], language };
          const transcript = (await options.transcription.transcribe(recording)).trim();
          if (transcript === '') throw invalidRequest('audio: no speech was recognised in the recording');
          const chars = [...transcript].length;
          if (chars > options.maxMessageChars) throw invalidRequest(`audio: the transcript is ${chars} characters; at most ${options.maxMessageChars} can be classified (MAX_MESSAGE_CHARS)`);
          return { message: transcript, extra: { transcript: redactPii(transcript) } };
        },
      });
    });
  });
}
