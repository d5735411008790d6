import { describe, expect, it } from 'vitest';
import { isCommandTurn } from '../../src/classifier/local/command-turn.ts';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';

describe('verbs that open a command at the start of a turn (LABELING.md: the customer wants something done -> service_action)', () => {
  it.each([
    'call city cab to the airport',
    'Olly, rotate the light colors.',
    'pick up dry cleaning tomorrow',
    'share my location with John',
    'let the bank know I am traveling to Mexico next week',
    'speak louder please',
  ])('when the turn says %s, then it is a command', (text) => {
    expect(isCommandTurn(text)).toBe(true);
  });

  it.each(['open my list', 'let me know the weather tomorrow', 'reduce the chance of osteoporosis'])(
    'when the turn says %s, then it is no command',
    (text) => {
      expect(isCommandTurn(text)).toBe(false);
    },
  );

  it('when the model says informational on a turn that asks for a call, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: constantModel('informational') });
    expect(await classifier.categorise({ text: 'call city cab to the airport', channel: 'chat' })).toBe('service_action');
  });
});
