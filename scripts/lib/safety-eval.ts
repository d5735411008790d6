import { z } from 'zod';
import { CHANNELS, type Channel } from '../../src/domain.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import { extractCaseFacts } from '../../src/safety-intake/extract.ts';
import { CASE_ELEMENTS, CASE_SUBTYPES, SERIOUSNESS_CRITERIA, criteriaMet, type CaseElement, type CaseFacts, type SeriousnessCriterion } from '../../src/safety-intake/types.ts';
import { normaliseMessage } from '../../src/triage/normalise.ts';
import { DatasetError } from './dataset.ts';

/** One line of data/corpus/safety-facts.jsonl (see data/corpus/safety-facts.md for the labelling rules). */
const RecordSchema = z.object({
  id: z.string().min(1),
  channel: z.enum(CHANNELS).default('chat'),
  text: z.string().min(1),
  elements: z.object({ patient: z.boolean(), reporter: z.boolean(), suspect_product: z.boolean(), adverse_event: z.boolean() }),
  serious: z.boolean(),
  criteria: z.array(z.enum(SERIOUSNESS_CRITERIA)),
  subtype: z.enum(CASE_SUBTYPES),
  tags: z.array(z.string()).default([]),
});
export type SafetyFactsRecord = z.infer<typeof RecordSchema>;

export type FactsExtractor = (text: string, channel: Channel) => CaseFacts;

/** The local path as the service runs it: normalise, guard, heuristics. */
export const localFactsExtractor: FactsExtractor = (text, channel) => {
  const normalised = normaliseMessage(text, channel);
  return extractCaseFacts(normalised, scanSafety(normalised));
};

export function parseSafetyFacts(content: string, source: string): SafetyFactsRecord[] {
  const records: SafetyFactsRecord[] = [];
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new DatasetError(`${source}:${i + 1}: not valid JSON`);
    }
    const parsed = RecordSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new DatasetError(`${source}:${i + 1}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid record'}`);
    }
    if (parsed.data.serious !== parsed.data.criteria.length > 0) throw new DatasetError(`${source}:${i + 1}: serious must be true exactly when criteria are listed`);
    records.push(parsed.data);
  });
  if (records.length === 0) throw new DatasetError(`${source}: no records`);
  return records;
}

export interface BinaryFigures {
  accuracy: number;
  /** Of the records where the fact is true, the share found. */
  recall: number;
  /** Of the records where the fact was found, the share where it is true. */
  precision: number;
  support: number;
}

export interface SafetyFactsReport {
  count: number;
  elements: Record<CaseElement, BinaryFigures>;
  /** Mean of the four element accuracies. */
  element_accuracy: number;
  valid_case: BinaryFigures;
  seriousness: BinaryFigures;
  criteria: Record<SeriousnessCriterion, BinaryFigures>;
  subtype: { accuracy: number; confusions: Record<string, number> };
  mistakes: Array<{ id: string; field: string; expected: string; got: string }>;
}

function binary(pairs: ReadonlyArray<[expected: boolean, got: boolean]>): BinaryFigures {
  const tp = pairs.filter(([e, g]) => e && g).length;
  const positives = pairs.filter(([e]) => e).length;
  const found = pairs.filter(([, g]) => g).length;
  const correct = pairs.filter(([e, g]) => e === g).length;
  const ratio = (n: number, d: number) => (d === 0 ? 1 : round(n / d));
  return { accuracy: ratio(correct, pairs.length), recall: ratio(tp, positives), precision: ratio(tp, found), support: positives };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Per-element, seriousness and subtype figures of `extract` against the labels; every mistake listed. */
export function evaluateSafetyFacts(records: readonly SafetyFactsRecord[], extract: FactsExtractor): SafetyFactsReport {
  const results = records.map((record) => ({ record, facts: extract(record.text, record.channel) }));
  const mistakes: SafetyFactsReport['mistakes'] = [];
  const note = (id: string, field: string, expected: string, got: string) => {
    if (expected !== got) mistakes.push({ id, field, expected, got });
  };
  const elements = Object.fromEntries(
    CASE_ELEMENTS.map((element) => {
      const pairs = results.map(({ record, facts }): [boolean, boolean] => {
        const fact = facts[element];
        if (fact.present !== record.elements[element]) note(record.id, element, String(record.elements[element]), `${fact.present} (${fact.value ?? 'no value'})`);
        return [record.elements[element], fact.present];
      });
      return [element, binary(pairs)];
    }),
  ) as Record<CaseElement, BinaryFigures>;
  const criteria = Object.fromEntries(
    SERIOUSNESS_CRITERIA.map((c) => [c, binary(results.map(({ record, facts }): [boolean, boolean] => [record.criteria.includes(c), facts.seriousness[c]]))]),
  ) as Record<SeriousnessCriterion, BinaryFigures>;
  const confusions: Record<string, number> = {};
  let subtypeRight = 0;
  for (const { record, facts } of results) {
    const met = criteriaMet(facts.seriousness);
    note(record.id, 'criteria', record.criteria.join('+') || 'none', met.join('+') || 'none');
    note(record.id, 'subtype', record.subtype, facts.subtype);
    if (facts.subtype === record.subtype) subtypeRight++;
    else confusions[`${record.subtype} -> ${facts.subtype}`] = (confusions[`${record.subtype} -> ${facts.subtype}`] ?? 0) + 1;
  }
  const valid = (present: (e: CaseElement) => boolean) => CASE_ELEMENTS.every(present);
  return {
    count: records.length,
    elements,
    element_accuracy: round(CASE_ELEMENTS.reduce((sum, e) => sum + elements[e].accuracy, 0) / CASE_ELEMENTS.length),
    valid_case: binary(results.map(({ record, facts }): [boolean, boolean] => [valid((e) => record.elements[e]), valid((e) => facts[e].present)])),
    seriousness: binary(results.map(({ record, facts }): [boolean, boolean] => [record.serious, criteriaMet(facts.seriousness).length > 0])),
    criteria,
    subtype: { accuracy: records.length === 0 ? 1 : round(subtypeRight / records.length), confusions },
    mistakes,
  };
}
