import { AUDIO_FORMATS } from './channels/audio.ts';

type ErrorResponse = (description: string) => object;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });

/** The channel routes and the console (API.md "Channel routes"), for buildOpenApiDocument. */
export function channelPaths(errorResponse: ErrorResponse) {
  const security = [{ bearer: [] }, { apiKey: [] }, {}];
  const common = {
    401: errorResponse('API keys are configured and none or a wrong one was given'),
    413: errorResponse('Over the size limit'),
    415: errorResponse('Wrong media type'),
    429: errorResponse('Over the client rate limit; see Retry-After'),
    500: errorResponse('A bug; no internals in the body'),
  };
  const id = (name: string, description: string) => ({ name, in: 'query', required: false, description, schema: { type: 'string', maxLength: 128 } });
  return {
    '/api/v1/classify/mail': {
      post: {
        summary: 'Classify a raw e-mail (message/rfc822) and route it',
        description:
          'The mail as received, up to MAX_MAIL_BYTES (default 1 MB). Subject and text body are classified (HTML converted to text; quoted history, forwards and signatures removed); attachments are only counted and typed. The Message-ID is the default message_id, so the same mail delivered twice is classified once (Idempotent-Replayed: true).',
        security,
        parameters: [
          id('message_id', 'Overrides the Message-ID as idempotency key'),
          id('customer_id', 'The customer id of the channel'),
          { name: 'locale', in: 'query', required: false, description: 'BCP 47 language tag', schema: { type: 'string', maxLength: 35 } },
        ],
        requestBody: { required: true, content: { 'message/rfc822': { schema: { type: 'string', contentMediaType: 'message/rfc822' } } } },
        responses: {
          200: { description: 'Classified and routed', content: json('MailClassifyResponse') },
          400: errorResponse('Not a MIME message, no text part, empty body, text too long, or a bad query parameter'),
          ...common,
          503: errorResponse('Cannot serve now; retry after Retry-After'),
        },
      },
    },
    '/api/v1/classify/voice': {
      post: {
        summary: 'Transcribe an IVR recording and classify it',
        description: `multipart/form-data with a file part \`audio\` (${AUDIO_FORMATS.join(', ')}; up to MAX_AUDIO_BYTES, default 10 MB) and optional parts message_id, customer_id, locale. Transcribed with OPENAI_TRANSCRIBE_MODEL behind its own timeout and circuit breaker, then triaged with channel voice.`,
        security,
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['audio'],
                properties: {
                  audio: { type: 'string', contentMediaType: 'application/octet-stream', description: AUDIO_FORMATS.join(', ') },
                  message_id: { type: 'string', maxLength: 128 },
                  customer_id: { type: 'string', maxLength: 128 },
                  locale: { type: 'string', maxLength: 35 },
                },
              },
            },
          },
        },
        responses: {
          200: { description: 'Transcribed, classified and routed', content: json('VoiceClassifyResponse') },
          400: errorResponse('No audio part, an unknown part, no speech recognised, or a bad id'),
          ...common,
          501: errorResponse('transcription_unavailable: no transcription provider is configured'),
          503: errorResponse('The transcription provider is failing (or its breaker is open); retry after Retry-After'),
        },
      },
    },
    '/console': {
      get: { summary: 'The browser console (when CONSOLE is not off)', responses: { 200: { description: 'HTML page', content: { 'text/html': { schema: { type: 'string' } } } } } },
    },
  };
}
