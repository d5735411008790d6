import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../scripts/lib/dataset.ts';
import { evaluateSafetyFacts, localFactsExtractor, parseSafetyFacts, type SafetyFactsRecord } from '../../scripts/lib/safety-eval.ts';
import { CASE_ELEMENTS, noSeriousness, type CaseFacts } from '../../src/safety-intake/types.ts';

const corpusPath = join(import.meta.dirname, '..', '..', 'data', 'corpus', 'safety-facts.jsonl');

const record = (id: string, overrides: Partial<SafetyFactsRecord> = {}): SafetyFactsRecord => ({
  id,
  channel: 'chat',
  text: id,
  elements: { patient: true, reporter: true, suspect_product: true, adverse_event: true },
  serious: false,
  criteria: [],
  subtype: 'adverse_event',
  tags: [],
  ...overrides,
});

const answer = (overrides: Partial<CaseFacts> = {}): CaseFacts => ({
  patient: { present: true, value: 'x' },
  reporter: { present: true, value: 'x' },
  suspect_product: { present: true, value: 'x' },
  adverse_event: { present: true, value: 'x' },
  seriousness: noSeriousness(),
  subtype: 'adverse_event',
  ...overrides,
});

describe('evaluateSafetyFacts', () => {
  it('when an extractor misses one product and one serious case, then accuracy, recall and the mistakes say so', () => {
    const records = [
      record('a'),
      record('b', { serious: true, criteria: ['hospitalisation'] }),
      record('c', { elements: { patient: true, reporter: true, suspect_product: false, adverse_event: true }, subtype: 'none' }),
      record('d', { serious: true, criteria: ['death'] }),
    ];
    const answers: Record<string, CaseFacts> = {
      a: answer({ suspect_product: { present: false, value: null } }),
      b: answer({ seriousness: { ...noSeriousness(), hospitalisation: true } }),
      c: answer({ suspect_product: { present: false, value: null }, subtype: 'none' }),
      d: answer(),
    };
    const report = evaluateSafetyFacts(records, (text) => answers[text]!);
    expect(report.count).toBe(4);
    expect(report.elements.suspect_product).toEqual({ accuracy: 0.75, recall: 0.667, precision: 1, support: 3 });
    expect(report.elements.patient.accuracy).toBe(1);
    expect(report.element_accuracy).toBe(0.938);
    expect(report.seriousness).toMatchObject({ accuracy: 0.75, recall: 0.5, precision: 1, support: 2 });
    expect(report.criteria.death.recall).toBe(0);
    expect(report.subtype.accuracy).toBe(1);
    expect(report.mistakes.map((m) => `${m.id}:${m.field}`)).toEqual(['a:suspect_product', 'd:criteria']);
  });

  it('when a line is malformed, then parsing stops with the line number', () => {
    const good = JSON.stringify(record('ok'));
    expect(() => parseSafetyFacts(`${good}\n{"id":"x"}`, 'f.jsonl')).toThrow(/f\.jsonl:2: /);
    expect(() => parseSafetyFacts(`${good}\nnot json`, 'f.jsonl')).toThrow(DatasetError);
    expect(() => parseSafetyFacts(JSON.stringify(record('s', { serious: true })), 'f.jsonl')).toThrow(/serious must be true exactly when criteria/);
  });
});

describe('the labelled safety corpus', () => {
  const records = parseSafetyFacts(readFileSync(corpusPath, 'utf8'), 'data/corpus/safety-facts.jsonl');

  it('when the file is read, then it has at least 80 valid records with unique ids', () => {
    expect(records.length).toBeGreaterThanOrEqual(80);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it('when the file is counted, then it covers every channel, Spanish, missing elements of each kind, serious and non-serious', () => {
    const raw = readFileSync(corpusPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { lang: string; tags?: string[] });
    for (const channel of ['chat', 'voice', 'mail', 'api'] as const) expect(records.some((r) => r.channel === channel), channel).toBe(true);
    expect(raw.filter((r) => r.lang === 'es').length).toBeGreaterThanOrEqual(5);
    for (const element of CASE_ELEMENTS) expect(records.some((r) => !r.elements[element]), element).toBe(true);
    expect(records.filter((r) => r.serious).length).toBeGreaterThanOrEqual(15);
    expect(records.filter((r) => !r.serious).length).toBeGreaterThanOrEqual(15);
    for (const tag of ['long', 'encoding', 'quoted_reply']) expect(raw.some((r) => r.tags?.includes(tag)), tag).toBe(true);
  });

  it('when the local heuristics run over it, then they stay within a stated margin of the measured figures', () => {
    const report = evaluateSafetyFacts(records, localFactsExtractor);
    expect(report.count).toBe(records.length);
    // Measured on 2026-12-06 (this test, or scripts/safety-eval.ts): serious recall 41/42 = 0.976, element
    // accuracy 0.986, subtype accuracy 0.925. Floors: one more missed serious case (40/42 = 0.952), one
    // point of element accuracy, 2.5 points of subtype accuracy. Raise them when the figures improve.
    expect(report.seriousness.support).toBe(42);
    expect(report.seriousness.recall).toBeGreaterThanOrEqual(0.952);
    expect(report.seriousness.precision).toBeGreaterThanOrEqual(0.95);
    expect(report.element_accuracy).toBeGreaterThanOrEqual(0.976);
    expect(report.subtype.accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
