import { z } from 'zod';
import { CATEGORIES, CHANNELS, PRIORITIES } from '../domain.ts';

/** One schema per request/response (STYLE.md habit 3): they validate, and they feed /openapi.json. */
const METADATA_MAX_KEYS = 32;
const METADATA_MAX_BYTES = 4096;

/** A tag of private-use subtags only ("x-klingon"): valid BCP 47 that Intl does not accept. @see RFC 5646 §2.1 privateuse */
const PRIVATE_USE_TAG = /^x(-[a-z0-9]{1,8})+$/i;

// Intl.getCanonicalLocales costs ~10 us a call and requests carry a handful of distinct tags:
// verdicts are remembered, in a map emptied when it fills (a client cycling tags costs only the call).
const LOCALE_VERDICTS_MAX = 512;
const localeVerdicts = new Map<string, boolean>();

function isLocale(tag: string): boolean {
  const known = localeVerdicts.get(tag);
  if (known !== undefined) return known;
  if (localeVerdicts.size >= LOCALE_VERDICTS_MAX) localeVerdicts.clear();
  const verdict = checkLocale(tag);
  localeVerdicts.set(tag, verdict);
  return verdict;
}

function checkLocale(tag: string): boolean {
  if (PRIVATE_USE_TAG.test(tag)) return true;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

// Something other than control, invisible format characters and spaces: what the "not empty" check needs, found without copying the text.
const VISIBLE = /[^\p{C}\s]/u;

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

const boundedId = (what: string) =>
  z
    .string({ message: `must be a string` })
    .min(1, { message: `must not be empty` })
    .max(128, { message: `must be at most 128 characters` })
    .describe(what);

export function createClassifyRequestSchema(maxMessageChars: number) {
  return z.strictObject(
    {
      message: z
        .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
        .trim()
        // abort: an empty message is one problem, not two (the refinement below would repeat it).
        .min(1, { message: 'must not be empty', abort: true })
        // Only control or invisible format characters is empty too: nothing would be left to classify.
        .refine((text) => VISIBLE.test(text), { message: 'must not be empty' })
        // Characters are code points: an emoji is one character for the customer, two UTF-16 units.
        // A text no longer in UTF-16 units than the limit has no more code points than that: not counted.
        .refine((text) => text.length <= maxMessageChars || codePoints(text) <= maxMessageChars, {
          message: `must be at most ${maxMessageChars} characters`,
        })
        .describe(`The customer's message, 1..${maxMessageChars} characters after trimming`),
      channel: z
        .enum(CHANNELS, { message: `must be one of ${CHANNELS.join(', ')}` })
        .default('chat')
        .describe('The channel the message came through'),
      message_id: boundedId("The channel's own message id; makes the call idempotent").optional(),
      customer_id: boundedId('The customer id of the channel').optional(),
      locale: z
        .string({ message: 'must be a string' })
        .max(35, { message: 'must be at most 35 characters' })
        .refine(isLocale, { message: 'must be a BCP 47 language tag such as en-US' })
        .optional()
        .describe('BCP 47 language tag, e.g. en-US'),
      metadata: z
        .record(
          z.string(),
          z.union([z.string().max(1024), z.number(), z.boolean()], {
            message: 'values must be a string, number or boolean',
          }),
          { message: 'must be an object' },
        )
        .refine((m) => Object.keys(m).length <= METADATA_MAX_KEYS, {
          message: `must have at most ${METADATA_MAX_KEYS} keys`,
        })
        .refine((m) => Buffer.byteLength(JSON.stringify(m)) <= METADATA_MAX_BYTES, {
          message: `must be at most ${METADATA_MAX_BYTES} bytes as JSON`,
        })
        .optional()
        .describe('Flat key/value pairs passed through to workflows'),
    },
    { message: 'must be a JSON object' },
  );
}

export type ClassifyRequest = z.infer<ReturnType<typeof createClassifyRequestSchema>>;

export const NextStepSchema = z.object({
  action: z.string(),
  description: z.string(),
  priority: z.enum(PRIORITIES),
  requires_human_review: z.boolean(),
  external_system: z.string().nullable(),
  reference: z.string().nullable(),
});

export const ClassifierInfoSchema = z.object({
  provider: z.enum(['openai', 'local']),
  model: z.string(),
  fallback: z.boolean(),
  fallback_reason: z.string().optional(),
  prompt_version: z.string(),
  prompt_variant: z.string().nullable().describe('The prompt variant (PROMPT_VARIANTS) that classified the message; null for the local classifier'),
});

export const ClassifyResponseSchema = z.object({
  request_id: z.string(),
  timestamp: z.string(),
  category: z.enum(CATEGORIES),
  confidence: z.number().min(0).max(1),
  decision_path: z.string(),
  next_step: NextStepSchema,
  workflow: z.record(z.string(), z.unknown()),
  classifier: ClassifierInfoSchema,
  processing_time_ms: z.number(),
  model: z.string(),
  prompt_version: z.string(),
  prompt_variant: z.string().nullable().describe('The prompt variant that classified the message; null for the local classifier'),
  message_id: z.string().optional(),
  channel: z.enum(CHANNELS),
  language: z.string(),
  secondary_category: z.enum(CATEGORIES).nullable(),
  summary: z.string(),
});

export type ClassifyResponse = z.infer<typeof ClassifyResponseSchema>;

export const ErrorBodySchema = z.object({
  error: z.enum([
    'invalid_request',
    'unauthorized',
    'not_found',
    'payload_too_large',
    'unsupported_media_type',
    'rate_limited',
    'request_timeout',
    'unavailable',
    'internal_error',
    'transcription_unavailable',
    'uri_too_long',
    'expectation_failed',
    'header_fields_too_large',
  ]),
  message: z.string(),
  request_id: z.string(),
  details: z.record(z.string(), z.unknown()),
});

export const HealthSchema = z.object({ status: z.literal('ok') });
export const ReadySchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  checks: z.record(z.string(), z.unknown()),
});

/** POST /api/v1/classify/mail: the classify response plus what was taken from the mail. */
export const MailClassifyResponseSchema = ClassifyResponseSchema.extend({
  mail: z.object({
    message_id: z.string().nullable().describe('The Message-ID without angle brackets (sha256:<hex> when longer than 128 characters); null when the mail had none'),
    subject: z.string().describe('Subject without Re:/Fwd: prefixes, PII-redacted'),
    attachments: z
      .array(z.object({ filename: z.string().nullable(), content_type: z.string(), size: z.number().int().min(0) }))
      .describe('Counted and typed, never read'),
  }),
});

/** POST /api/v1/classify/voice: the classify response (channel voice) plus the PII-redacted transcript. */
export const VoiceClassifyResponseSchema = ClassifyResponseSchema.extend({
  transcript: z.string().describe('What the transcription provider heard, PII-redacted'),
});
