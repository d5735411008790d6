import { describe, expect, it } from 'vitest';
import { secondStage } from '../../src/classifier/local/local-classifier.ts';
import { tellsDoseOrWho } from '../../src/classifier/safety/dose-statement.ts';
import { foldText } from '../../src/classifier/safety/text.ts';

// Review sentences that only tell how the medicine is taken or who the writer is (issue #11; LABELING.md,
// review sentence): no side effect is reported.
describe('a review sentence of dose, schedule or age only', () => {
  it.each(['I take 150mg every morning with breakfast', 'started at 25mg and went up to 50mg after 2 weeks', 'Dosage: 20mg once a day', "I'm 34 female", 'I was switched from paxil to zoloft'])(
    'when a review sentence says %j, then it reads as a dose statement',
    (text) => {
      expect(tellsDoseOrWho(foldText(text).folded)).toBe(true);
    },
  );

  it.each(['I use my inhaler twice a day', 'the doctor started me at 250mg and went up to 500mg', "I've used it for about 6 weeks", 'I split the 20mg pills in half'])(
    'when a review sentence tells how or how long the medicine is used (%j), then it reads as a dose statement',
    (text) => {
      expect(tellsDoseOrWho(foldText(text).folded)).toBe(true);
    },
  );

  it.each([
    ['a side effect in words no list knows', "on 150mg and I'm a zombie"],
    ['a symptom at a time of day', 'Painful muscles, problems with seeing at night'],
    ['a schedule with no amount', 'I take it at night'],
    ['a mistake', 'I took 40mg instead of 20mg by mistake'],
    ['a symptom beside the schedule', 'I use the inhaler twice a day and my heart races'],
  ])('when the sentence has %s, then it is no dose statement', (_what, text) => {
    expect(tellsDoseOrWho(foldText(text).folded)).toBe(false);
  });

  it('when the model answers safety on such a sentence and the guard hears nothing, then the second stage sets it aside to informational', () => {
    expect(secondStage('I take 150mg every morning with breakfast', 'safety_compliance', 0.95)).toBe('dose');
  });
});
