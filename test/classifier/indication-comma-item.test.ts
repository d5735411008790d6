import { describe, expect, it } from 'vitest';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

/**
 * The guard's fold drops commas, so "for my anxiety, nausea every morning" would read as one condition,
 * "anxiety nausea", that the medicine is for. After a comma a symptom opens a new item: it names what the
 * medicine is for only in a list that ends there; otherwise it is an event to report.
 */
describe('a symptom after a comma that follows what a medicine is for', () => {
  it.each([
    ['i take zoloft for my anxiety, nausea every morning', 'nausea'],
    ['lexapro did nothing for my headaches, dizzy all day', 'dizzy'],
    ['started sertraline for my panic attacks, headaches since the first week', 'headaches'],
  ])('when it goes on with a time ("%s"), then the guard fires on it', (text, term) => {
    const scan = scanSafety(text);
    expect(scan.fired).toBe(true);
    expect(scan.signals.map((s) => s.term.toLowerCase())).toContain(term);
  });

  it.each([
    ['i take zoloft for my anxiety, depression and insomnia'],
    ['prozac for my anxiety, depression'],
  ])('when the list ends there ("%s"), then its words stay what the medicine is for', (text) => {
    const scan = scanSafety(text);
    expect(scan.fired).toBe(false);
    expect(scan.suppressed.every((s) => s.reason === 'indication')).toBe(true);
  });
});
