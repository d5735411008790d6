import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isBareCommand, isCommandTurn } from '../../src/classifier/local/command-turn.ts';

describe('a device or a mode named with on or off (LABELING.md: the customer wants something done -> service_action)', () => {
  it.each(['Hallway lamp off.', 'kitchen 3 lights on please', 'night mode on', 'the heating off now', 'Alexa, fan on'])('when the text is %s, then it is a bare command', (text) => {
    expect(isBareCommand(text)).toBe(true);
  });

  it.each(['my day off', 'time off', 'is the heating on?', 'the pain comes on and off', 'hands off'])('when the text names no device, asks or says more (%s), then it is no command', (text) => {
    expect(isCommandTurn(text)).toBe(false);
  });

  it.each(['informational', 'safety_compliance'] as const)('when the model says %s on a device switched off, then the answer is service_action', async (category) => {
    const classifier = createLocalClassifier({ model: constantModel(category) });
    expect(await classifier.categorise({ text: 'Hallway lamp off.', channel: 'chat' })).toBe('service_action');
  });
});
