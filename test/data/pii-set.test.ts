import { describe, expect, it } from 'vitest';
import { formOf, loadPiiSet, scorePiiSet } from '../../scripts/pii/score.ts';

const records = loadPiiSet();
const score = scorePiiSet(records);
const recallOf = (key: string) => {
  const t = score.recall.get(key)!;
  return t.hit / t.total;
};

describe('the labelled PII set (data/pii)', () => {
  it('when it is read, then it has 400+ messages over every channel and Spanish, and every span points at its text', () => {
    expect(records.length).toBeGreaterThanOrEqual(400);
    expect(new Set(records.map((r) => r.channel))).toEqual(new Set(['chat', 'voice', 'mail', 'api']));
    expect(records.filter((r) => r.language === 'es').length).toBeGreaterThan(50);
    for (const r of records) for (const s of [...r.spans, ...r.traps]) expect(r.text.slice(s.start, s.end), r.id).toBe(s.text);
  });

  it.each(['phone', 'email', 'ssn', 'card', 'member_id', 'rx_number'])('when %s is scored, then recall is at least 0.98 in every form', (kind) => {
    expect(recallOf(kind)).toBeGreaterThanOrEqual(0.98);
    for (const form of new Set(records.map(formOf))) if (score.recall.has(`${kind}\u0000${form}`)) expect(recallOf(`${kind}\u0000${form}`), form).toBeGreaterThanOrEqual(0.98);
  });

  it.each(['dob', 'address', 'name'])('when %s is scored, then recall is at least 0.95', (kind) => {
    expect(recallOf(kind)).toBeGreaterThanOrEqual(0.95);
  });

  it('when traps are scored, then drug names, doses and onset dates are masked in under 1% of their occurrences', () => {
    for (const kind of ['drug', 'dose', 'onset_date']) {
      const t = score.traps.get(kind)!;
      expect(t.hit / t.total, kind).toBeLessThan(0.01);
    }
  });
});
