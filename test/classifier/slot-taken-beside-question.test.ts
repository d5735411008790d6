import { describe, expect, it } from 'vitest';
import { isSlotTurn } from '../../src/classifier/local/slot-turn.ts';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';

describe('a slot taken in a stated sentence beside a question (LABELING.md, dialogue turn: service_action)', () => {
  it.each([
    'Make it 7pm. does the apartment have a swimming pool?',
    "I'd prefer 8 pm. Have you ever been to a cooking class? Great activity.",
    'Sunday at 4 would be perfect. Is parking free there?',
    'can also do 5 pm on Sunday.',
  ])('when the turn says %s, then it is a slot turn', (text) => {
    expect(isSlotTurn(text)).toBe(true);
  });

  it.each([
    'I have an appointment at 9 am. Should I stop eating?',
    "I'd prefer to take my pill at 8 pm. Is that safe?",
    'What time do you close on Sunday? I would prefer to know.',
  ])('when the turn says %s, then it is no slot turn', (text) => {
    expect(isSlotTurn(text)).toBe(false);
  });

  it('when the model says informational on a slot taken beside a question, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: constantModel('informational') });
    expect(await classifier.categorise({ text: 'Make it 7pm. does the apartment have a swimming pool?', channel: 'chat' })).toBe('service_action');
  });
});
