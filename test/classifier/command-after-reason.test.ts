import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { endsWithCommand, isBareCommand } from '../../src/classifier/local/command-turn.ts';

const ALWAYS_INFORMATIONAL = constantModel('informational');

describe('a statement that ends in a command (LABELING.md: the customer wants something done -> service_action)', () => {
  it.each([
    'The kitchen is far too dark, switch the lamp on',
    'I cannot follow the recipe. Pause the video',
    "it's freezing in the hall so set the heating to 21",
    "I can't hear a thing just raise the volume",
    'meeting moved to friday; cancel the thursday reminder',
  ])('when the text says %s, then it ends in a command', (text) => {
    expect(endsWithCommand(text)).toBe(true);
  });

  it.each([
    'is the kitchen too dark, switch the lamp on?',
    'will this cream just decrease the itching',
    'higher energy, better focus, and lower blood pressure.',
    'someone logged into my account, change my password',
    'I went to the shop, bought milk and came home',
    'Turn on the radio',
    'My sister and I are planning a long trip across the country next spring. Send ideas',
  ])('when the text asks, lists, tells of a misuse or has one clause only (%s) or is longer than a turn, then it does not end in a command', (text) => {
    expect(endsWithCommand(text)).toBe(false);
  });

  it.each(['Cortana, dim the hall lights', 'PDA, play some jazz', 'Echo, start the robot vacuum'])(
    'when a command opens with an assistant name (%s), then it is a bare command',
    (text) => {
      expect(isBareCommand(text)).toBe(true);
    },
  );

  it.each(['Light up the porch', 'lighten the hall a little', 'darken the bedroom a bit'])('when a command opens with a verb of light (%s), then it is a bare command', (text) => {
    expect(isBareCommand(text)).toBe(true);
  });

  it('when the model says safety on a statement that ends in a command and the guard finds nothing, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: constantModel('safety_compliance') });
    expect(await classifier.categorise({ text: 'The kitchen is far too dark, switch the lamp on', channel: 'chat' })).toBe('service_action');
  });

  it('when the model says informational on a statement that ends in a command, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_INFORMATIONAL });
    const text = 'The kitchen is far too dark, switch the lamp on';
    const answer = await classifier.classify({ text, channel: 'chat' });
    expect(answer.category).toBe('service_action');
    expect(answer.reasoning).toContain('action verb');
  });

  it('when the statement speaks of care, then an imperative at its end is read as advice asked, not as a command', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_INFORMATIONAL });
    const text = 'I pulled a muscle in my back, put ice on it';
    expect(endsWithCommand(text)).toBe(true);
    expect(await classifier.categorise({ text, channel: 'chat' })).not.toBe('service_action');
  });

  it('when the statement tells of a reaction the guard hears, then the command does not make it service_action', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_INFORMATIONAL });
    expect(await classifier.categorise({ text: 'I got hives after the new amoxicillin, cancel my refill', channel: 'chat' })).not.toBe('service_action');
  });
});
