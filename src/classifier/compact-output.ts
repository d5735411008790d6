import { z } from 'zod';
import { CATEGORIES, PRIORITIES } from '../domain.ts';
import { redactPii, rememberOwnWording } from '../observability/redact.ts';
import type { CaseFacts, CaseSubtype, ElementFact, SeriousnessCriterion } from '../safety-intake/types.ts';
import { clip, parseJsonContent } from './llm-output.ts';
import type { LlmAnswer } from './prompts/types.ts';

/**
 * The compact answer (issue 12): every field earns its output tokens. The model no longer writes a
 * summary or reasoning (careroute derives them locally); seriousness is the list of criteria that
 * apply, by short code; a fact is its value, null when the message does not give it.
 */
export const COMPACT_TEXT_MAX = 48;
export const COMPACT_SIGNALS_MAX = 3;

/** Short codes the model writes -> the ICH E2A criteria (codes, not six booleans: 1-2 tokens each). */
export const SERIOUS_CODES = {
  death: 'death',
  life: 'life_threatening',
  hospital: 'hospitalisation',
  disability: 'disability',
  congenital: 'congenital_anomaly',
  medical: 'other_medically_important',
} as const satisfies Record<string, SeriousnessCriterion>;

export const SUBTYPE_CODES = {
  self_harm: 'self_harm_or_emergency',
  adverse_event: 'adverse_event',
  med_error: 'medication_error',
  quality: 'product_quality',
  privacy: 'privacy_breach',
  fraud: 'fraud',
  legal: 'legal_complaint',
} as const satisfies Record<string, CaseSubtype>;

const keysOf = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
const text = z.string().max(COMPACT_TEXT_MAX);
const fact = text.nullable();

const CompactFactsSchema = z.object({
  patient: fact,
  reporter: fact,
  product: fact,
  event: fact,
  serious: z.array(z.enum(keysOf(SERIOUS_CODES))).max(6),
  subtype: z.enum(keysOf(SUBTYPE_CODES)),
});

/** Key order matters: `category` first, so its tokens are the first the model writes (logprobs). */
export const CompactOutputSchema = z.object({
  category: z.enum(CATEGORIES),
  confidence: z.number().min(0).max(1),
  urgency: z.enum(PRIORITIES),
  lang: z.string().regex(/^([a-z]{2}|und)$/),
  signals: z.array(text).max(COMPACT_SIGNALS_MAX),
  facts: CompactFactsSchema.nullable(),
});

export type CompactOutput = z.infer<typeof CompactOutputSchema>;

/**
 * The people the prompt tells the model to name by these words (its patient and reporter lines): redacted once at
 * load and looked up (rememberOwnWording gives what redactPii gives), not scanned in every safety answer.
 */
export const PROMPT_PEOPLE_WORDS = ['the sender', 'a relative', 'caregiver', 'nurse', 'physician', 'pharmacist', 'agent'] as const;
rememberOwnWording(PROMPT_PEOPLE_WORDS);

/**
 * redactPii for the strings of one answer, each distinct one scanned once: the event is often one of the signals,
 * the patient often the reporter. Lives as long as the answer's parse; nothing of it is kept.
 */
function redactorOfAnswer(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let masked = seen.get(text);
    if (masked === undefined) seen.set(text, (masked = redactPii(text)));
    return masked;
  };
}

function element(value: string | null, redact: (text: string) => string): ElementFact {
  return value === null || value.trim() === '' ? { present: false, value: null } : { present: true, value: clip(redact(value), COMPACT_TEXT_MAX) };
}

function expandFacts(facts: z.infer<typeof CompactFactsSchema>, redact: (text: string) => string): CaseFacts {
  const seriousness = Object.fromEntries(Object.values(SERIOUS_CODES).map((c) => [c, false])) as CaseFacts['seriousness'];
  for (const code of facts.serious) seriousness[SERIOUS_CODES[code]] = true;
  return {
    patient: element(facts.patient, redact),
    reporter: element(facts.reporter, redact),
    suspect_product: element(facts.product, redact),
    adverse_event: element(facts.event, redact),
    seriousness,
    subtype: SUBTYPE_CODES[facts.subtype],
  };
}

/** Strings a little too long are clipped, not rejected: the category must not be lost over a fact. */
function tidy(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  if (typeof out.lang === 'string') out.lang = out.lang.trim().toLowerCase();
  if (Array.isArray(out.signals)) out.signals = out.signals.map((s) => (typeof s === 'string' ? clip(s, COMPACT_TEXT_MAX) : s));
  const facts = out.facts;
  if (typeof facts === 'object' && facts !== null && !Array.isArray(facts)) {
    const f: Record<string, unknown> = { ...(facts as Record<string, unknown>) };
    for (const key of ['patient', 'reporter', 'product', 'event']) if (typeof f[key] === 'string') f[key] = clip(f[key], COMPACT_TEXT_MAX);
    // Facts are an extra, not the decision: facts that do not fit are dropped (the heuristics fill in).
    const parsed = CompactFactsSchema.safeParse(f);
    out.facts = parsed.success ? parsed.data : null;
  } else if (facts !== null) out.facts = null;
  return out;
}

/**
 * CompactOutputSchema for an answer `tidy` has seen: its facts are already parsed (or null), and were parsed a
 * second time by the whole schema, to the same result. The wire schema stays CompactOutputSchema.
 */
const TidiedOutputSchema = CompactOutputSchema.extend({ facts: z.custom<z.infer<typeof CompactFactsSchema> | null>() });

/**
 * Parses the compact answer into what every prompt variant answers (no summary, no reasoning). `redact` is redactPii
 * or a memo of it (the request's, which the intake reads again); each distinct string of the answer is scanned once either way.
 */
export function parseCompactOutput(content: string | null | undefined, redact: (text: string) => string = redactorOfAnswer()): LlmAnswer {
  const out = parseJsonContent(content, TidiedOutputSchema, tidy);
  const signals = out.signals.map(redact);
  return {
    category: out.category,
    confidence: out.confidence,
    secondary_category: null,
    urgency: out.urgency,
    language: out.lang,
    safety_signals: signals,
    case_facts: out.facts ? expandFacts(out.facts, redact) : null,
  };
}
