import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier, secondStage } from '../../src/classifier/local/local-classifier.ts';

describe('a safety answer on a short booking turn with no guard term and no medicine (LABELING.md, dialogue turn: service_action)', () => {
  it.each([
    ["Let's do Wednesday at 5pm. Looking at the Elm Street flats.", 'slot'],
    ['Saturday at 10 AM works for me. Not sure I paid the deposit though.', 'slot'],
    ['It will be for 6 people.', 'slot'],
    ['I am trying to reserve a table for the office party', 'request'],
  ])('when the model says safety on %s, then the turn books', (text, stage) => {
    expect(secondStage(text, 'safety_compliance', 0.9, 'en')).toBe(stage);
  });

  it('when the model says safety on such a turn, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: constantModel('safety_compliance') });
    expect(await classifier.categorise({ text: "3 PM on Friday works for me. I can't recall if I paid the fee.", channel: 'chat' })).toBe('service_action');
  });

  it.each([
    "Friday at 9 am. I've had hives since I started amoxicillin.",
    'I want to cancel my refill of sertraline for Monday',
    `Monday at noon would work instead. ${'The skin on my hands got very thin and now I must stay out of the sun. '.repeat(3)}`,
  ])('when the turn names a medicine, tells of a term the guard knows or is long (%s), then it is no booking', (text) => {
    expect(['slot', 'request']).not.toContain(secondStage(text, 'safety_compliance', 0.9, 'en'));
  });
});
