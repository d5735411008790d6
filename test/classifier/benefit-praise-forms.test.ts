import { describe, expect, it } from 'vitest';
import { isBenefitStatement } from '../../src/classifier/safety/benefit.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

// More ways reviews credit a drug (issue #11, second round): a calmer state, a symptom the writer stopped having,
// a need of the body regained, a rating out of ten, a list of symptoms before one relief word. Praise
// (LABELING.md, review sentence) unless a symptom passed with time or a need of the body was lowered.
describe('benefit statements: praise in more words', () => {
  it.each([
    'I feel calmer and less irritable',
    'I stopped having mood swings',
    'I have my motivation back',
    'best med I have tried so far, 9/10',
    'Anxiety and depression both improved.',
    'Depression was lifted.',
    'Worked well to relieve my anxiety and depression.',
    'my panic attacks stopped completely',
    'the itching and burning stopped',
  ])('when a review sentence says %j, then it reads as praise and the guard stays quiet', (text) => {
    expect(isBenefitStatement(text)).toBe(true);
    expect(scanSafety(text).fired).toBe(false);
  });

  it.each([
    ['a blood pressure reading, no rating', 'My blood pressure has gone as high as 185/110 and as low as 115/70.'],
    ['a side effect that passed later', 'slight redness and stinging at first, which later disappeared'],
    ['periods stopped', 'I stopped having periods'],
    ['a symptom that stopped with the medicine (a dechallenge)', 'I stopped taking it and the headaches stopped'],
    ['a symptom that stopped with time', 'the nausea stopped after a week'],
  ])('when the sentence tells %s, then it is no praise', (_what, text) => {
    expect(isBenefitStatement(text)).toBe(false);
  });
});
