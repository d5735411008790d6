import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PII_SET_DIR, loadPiiSet, scorePiiSet } from '../../scripts/pii/score.ts';

// The other labelled sets: the first holdout (a development set since it was tuned on), the development
// set for names in speech and free text, and the second holdout (measured once, never tuned on: no
// recall target is held on it here, its figure is reported as measured).
const SETS = ['holdout', 'dev-names', 'holdout-v2', 'holdout-v3', 'dev-names-3', 'dev-names-4', 'dev-names-5', 'dev-names-6', 'dev-names-7', 'dev-names-9', 'dev-names-10', 'dev-names-11', 'dev-names-12', 'dev-names-13'];
// Sets with messages that name nobody: identifiers of other kinds, or traps alone ("Will the Cialis be covered?").
const SOME_NAMELESS = new Set(['holdout', 'dev-names-4', 'dev-names-5', 'dev-names-6', 'dev-names-7', 'dev-names-9', 'dev-names-10', 'dev-names-11', 'dev-names-12', 'dev-names-13']);

describe.each(SETS)('the labelled PII set data/pii/%s', (dir) => {
  const records = loadPiiSet(join(PII_SET_DIR, dir));

  it('when it is read, then every id is unique and every span and trap points at its text inside the message', () => {
    expect(records.length).toBeGreaterThan(50);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const r of records) {
      for (const s of [...r.spans, ...r.traps]) {
        expect(s.start, r.id).toBeGreaterThanOrEqual(0);
        expect(s.end, r.id).toBeLessThanOrEqual(r.text.length);
        expect(s.start, r.id).toBeLessThan(s.end);
        expect(r.text.slice(s.start, s.end), r.id).toBe(s.text);
      }
    }
  });

  it('when it is read, then no two identifiers overlap, and in the name sets every message names someone', () => {
    for (const r of records) {
      if (!SOME_NAMELESS.has(dir)) expect(r.spans.some((s) => s.kind === 'name'), r.id).toBe(true);
      const spans = [...r.spans].sort((a, b) => a.start - b.start);
      for (let i = 1; i < spans.length; i++) expect(spans[i]!.start, r.id).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    }
  });
});

// dev-names-3 (59 messages) holds the kinds still missed; 0.90 leaves it room for the one or two it misses.
// dev-names-4 (85 messages, 90 names) was at 0.922 when the third follow-up ended, 1.000 after the fourth: 0.90 leaves room for a rule traded for precision.
// dev-names-5 (89 messages, 92 names) was at 0.573 before the fourth follow-up's code (its first 73 messages), 1.000 after it: 0.90 likewise.
// dev-names-7 (168 messages, 184 names) was at 0.517 before the sixth follow-up's code (its first 134 messages), 0.951 after it: 0.90 likewise.
// dev-names-8 (48 messages, 12 names, 43 towns that are first names) had 12 towns masked before the eighth follow-up's code, none after it.
// dev-names-9 (114 messages, 64 names, 122 towns that are first names or surnames) had 6 towns masked before the ninth follow-up's code (3 in each batch), none after it; names 0.953 after it.
// dev-names-10 (162 messages, 174 names, written blind) was at 0.833 before the tenth follow-up's code, 0.966 after it.
describe.each([['dev-names', 0.95], ['dev-names-3', 0.9], ['dev-names-4', 0.9], ['dev-names-5', 0.9], ['dev-names-7', 0.9], ['dev-names-8', 0.9], ['dev-names-9', 0.9], ['dev-names-10', 0.95]] as const)('the development set for names data/pii/%s', (dir, target) => {
  const score = scorePiiSet(loadPiiSet(join(PII_SET_DIR, dir)));

  it('when it is scored, then names are found at the target or more and no medicine, clinician, town or word trap is masked', () => {
    const names = score.recall.get('name')!;
    expect(names.hit / names.total).toBeGreaterThanOrEqual(target);
    for (const [kind, t] of score.traps) expect(t.hit, kind).toBe(0);
  });
});

// Blind development sets, each tuned on after its first figure: the floor its follow-up reached, how many traps may be masked.
// dev-names-11 (162 messages, 189 names: names with no cue in mail and chat bodies and agent notes) was at 0.794 before the
// eleventh follow-up's code, 0.958 after it; one town trap is still masked ("Austin from Austin here").
// dev-names-12 (160 messages, 206 names: mostly voice transcripts, names said again, stuttered, spelled, names that are words)
// was at 0.806 before the twelfth follow-up's code, 0.917 after it; no trap is masked.
// dev-names-13 (138 messages, 166 names: names of many origins, word-names, initials, particles, unusual cues, half voice) was
// at 0.855 before the thirteenth follow-up's code (written before it, not blind), 0.970 after it; no trap is masked.
describe.each([
  ['dev-names-11', 0.95, 1],
  ['dev-names-12', 0.91, 0],
  ['dev-names-13', 0.95, 0],
])('the development set for names data/pii/%s', (dir, floor, traps) => {
  const score = scorePiiSet(loadPiiSet(join(PII_SET_DIR, dir)));

  it(`when it is scored, then names are found at ${floor} or more and at most ${traps} trap(s) masked`, () => {
    const names = score.recall.get('name')!;
    expect(names.hit / names.total).toBeGreaterThanOrEqual(floor);
    expect([...score.traps.values()].reduce((n, t) => n + t.hit, 0)).toBeLessThanOrEqual(traps);
  });
});
