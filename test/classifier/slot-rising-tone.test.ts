import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isSlotTurn } from '../../src/classifier/local/slot-turn.ts';

describe('a slot taken with a rising tone (LABELING.md, dialogue turn: a turn that takes a slot books -> service_action)', () => {
  it.each([
    'I suppose we could aim for Thursday around 4pm?',
    'I was thinking Saturday at 10 am for the Birch Lane house?',
    'we could go with Tuesday at noon instead?',
  ])('when the turn says %s, then it is a slot turn', (text) => {
    expect(isSlotTurn(text)).toBe(true);
  });

  it.each([
    'is the pharmacy open at 9 pm on Sunday?',
    'what time works best on Friday?',
    'the clinic is open Saturday at 10?',
    'Can you tell me the weather for Friday at noon?',
  ])('when the turn asks, or names no booking word (%s), then it is no slot turn', (text) => {
    expect(isSlotTurn(text)).toBe(false);
  });

  it('when the model says informational on a slot taken with a rising tone, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: constantModel('informational') });
    expect(await classifier.categorise({ text: 'I suppose we could aim for Thursday around 4pm?', channel: 'chat' })).toBe('service_action');
  });
});
