import { z } from 'zod';
import { redactPii } from '../observability/redact.ts';
import { CATEGORIES, PRIORITIES } from '../domain.ts';
import { FACT_VALUE_MAX, LlmCaseFactsSchema } from './llm-case-facts.ts';
import { LlmError } from './types.ts';

export const SUMMARY_MAX = 200;
export const REASONING_MAX = 300;
const SIGNAL_MAX = 80;
const SIGNALS_MAX = 10;

/** The structured answer the model must give: one schema for the request's json_schema and for validation. */
export const LlmOutputSchema = z.object({
  category: z.enum(CATEGORIES).describe('The one category that decides the routing.'),
  confidence: z.number().min(0).max(1).describe('Probability that `category` is right, 0 to 1.'),
  secondary_category: z
    .enum(CATEGORIES)
    .nullable()
    .describe('The next most likely category when the message is mixed, else null.'),
  urgency: z.enum(PRIORITIES).describe('How fast a human must act.'),
  summary: z
    .string()
    .min(1)
    .max(SUMMARY_MAX)
    .describe(`One line, at most ${SUMMARY_MAX} characters, no names, phone numbers, emails, addresses or ids.`),
  reasoning: z.string().max(REASONING_MAX).describe(`Why this category, at most ${REASONING_MAX} characters.`),
  language: z
    .string()
    .regex(/^([a-z]{2}|und)$/)
    .describe("ISO 639-1 code of the customer's language, or 'und' when unknown."),
  safety_signals: z
    .array(z.string().min(1).max(SIGNAL_MAX))
    .max(SIGNALS_MAX)
    .describe('Short quotes or phrases of the message that are safety signals; empty when none.'),
  case_facts: LlmCaseFactsSchema.nullable().describe(
    'The safety case facts when category is safety_compliance or safety_signals is not empty; otherwise null.',
  ),
});

export type LlmOutput = z.infer<typeof LlmOutputSchema>;

/**
 * Strict structured outputs accept only a subset of JSON Schema: the string length keywords are not
 * in it, so they are dropped here (the limits stay in the descriptions and in validation).
 * zod 4's converter is used directly so the wire schema is exactly what we validate against.
 * @see https://platform.openai.com/docs/guides/structured-outputs#supported-properties
 */
const UNSUPPORTED_KEYWORDS = ['minLength', 'maxLength'] as const;

/** The strict json_schema response format of a zod schema: exactly what we validate against, minus unsupported keywords. */
export function jsonSchemaFormat(name: string, schema: z.ZodType) {
  const { $schema: _dialect, ...jsonSchema } = z.toJSONSchema(schema, {
    target: 'draft-7',
    override: ({ jsonSchema: node }) => {
      for (const keyword of UNSUPPORTED_KEYWORDS) delete (node as Record<string, unknown>)[keyword];
    },
  });
  return { type: 'json_schema', json_schema: { name, strict: true, schema: jsonSchema } } as const;
}

export const RESPONSE_FORMAT = jsonSchemaFormat('triage_classification', LlmOutputSchema);

export function clip(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

/**
 * A summary a few characters too long is not worth losing the answer over, so free-text fields
 * are tidied before validation; everything else (category, confidence, shape) must be exact.
 */
function tidy(raw: unknown, redact: (text: string) => string): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  if (typeof out.summary === 'string') out.summary = clip(redact(out.summary), SUMMARY_MAX);
  if (typeof out.reasoning === 'string') out.reasoning = clip(redact(out.reasoning), REASONING_MAX);
  if (typeof out.language === 'string') out.language = out.language.trim().toLowerCase();
  if (Array.isArray(out.safety_signals)) {
    out.safety_signals = out.safety_signals.map((s) => (typeof s === 'string' ? clip(s, SIGNAL_MAX) : s));
  }
  out.case_facts = tidyCaseFacts(out.case_facts, redact);
  return out;
}

const ELEMENT_KEYS = ['patient', 'reporter', 'suspect_product', 'adverse_event'] as const;

/**
 * Case facts are an extra, not the decision: facts that do not fit the schema are dropped (null, so the
 * local heuristics fill them in) rather than costing the category. Values are redacted (the model may copy identifiers) and clipped first.
 */
function tidyCaseFacts(raw: unknown, redact: (text: string) => string): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const facts: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  for (const key of ELEMENT_KEYS) {
    const fact = facts[key];
    if (typeof fact !== 'object' || fact === null) continue;
    const { value } = fact as { value?: unknown };
    if (typeof value === 'string') facts[key] = { ...fact, value: clip(redact(value), FACT_VALUE_MAX) };
  }
  const parsed = LlmCaseFactsSchema.safeParse(facts);
  return parsed.success ? parsed.data : null;
}

/** Parses a model's message content against `schema` (after `tidy`); anything else is `invalid_output`. */
export function parseJsonContent<T>(content: string | null | undefined, schema: z.ZodType<T>, tidyRaw: (raw: unknown) => unknown): T {
  if (typeof content !== 'string' || content.trim() === '') {
    throw new LlmError('invalid_output', 'the model returned no content');
  }
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (cause) {
    throw new LlmError('invalid_output', 'the model returned content that is not JSON', { cause });
  }
  const result = schema.safeParse(tidyRaw(json));
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? `${issue.path.join('.') || 'output'}: ${issue.message}` : 'schema mismatch';
    throw new LlmError('invalid_output', `the model output does not match the schema (${where})`, {
      cause: result.error,
    });
  }
  return result.data;
}

/** Parses the baseline prompt's answer; `redact` is redactPii or a request's memo of it (ClassifierInput.redact). */
export function parseLlmOutput(content: string | null | undefined, redact: (text: string) => string = redactPii): LlmOutput {
  return parseJsonContent(content, LlmOutputSchema, (raw) => tidy(raw, redact));
}
