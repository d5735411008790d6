import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isBareCommand, isCommandTurn } from '../../src/classifier/local/command-turn.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

describe('commands that open with a verb of an assistant or a device (LABELING.md: service_action)', () => {
  it.each([
    'brew a pot of tea at seven',
    'restart the audiobook from chapter two',
    'erase everything on my to-do list',
    'trash the shopping list',
    'invite Sam to the meeting on Friday',
    "answer Maria's message with a thumbs up",
    'respond to the last email saying I agree',
    'flip the porch light on',
    'load my saved game',
    'queue the next three songs',
    'lock the front door',
    'unlock the garage',
    'boost the bass a little',
    'stream the match on the living room tv',
    'cross out eggs from the list',
    'get rid of the dentist reminder',
    'take out milk from the shopping list',
    "don't wake me before nine tomorrow",
    'please do not speak until I ask',
  ])('when the text says %s, then it is a command', (text) => {
    expect(isCommandTurn(text)).toBe(true);
  });

  it.each(["don't take this drug with alcohol", 'do not expect miracles', 'reduce the chance of a relapse', 'mail.return_to_sender reason=moved'])(
    'when the text opens with advice or a record, not a command to an assistant (%s), then it is none',
    (text) => {
      expect(isCommandTurn(text)).toBe(false);
    },
  );

  it('when the model says informational on such a command, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: constantModel('informational') });
    expect(await classifier.categorise({ text: 'Olly, restart the podcast I was listening to', channel: 'voice' })).toBe('service_action');
  });
});

describe('a bare command with a clock time (the colon of "8:45am" and the points of "p.m." end no clause)', () => {
  it.each(['make me a wake up alarm for 8:45am', 'PLZ REMIND TO SLEEP AT 9 P.M.', 'set an alarm for 6.30 tomorrow'])('when the command says %s, then it is one bare command', (text) => {
    expect(isBareCommand(text)).toBe(true);
  });

  it.each(['cancel my order: I found glass in the bottle', 'cancel my order. I found glass in the bottle', 'refill my pills at 9 a.m. I had a rash from the last batch'])(
    'when a clause follows the command (%s), then it is no bare command',
    (text) => {
      expect(isBareCommand(text)).toBe(false);
    },
  );

  it("when a command with a clock time comes with a reaction (\"I'd like to report a reaction\"), then the guard keeps it safety and a safety answer stays", async () => {
    const text = "Set a reminder for 8:45am, I'd like to report a reaction to my new inhaler";
    expect(scanSafety(text).fired).toBe(true);
    const classifier = createLocalClassifier({ model: constantModel('safety_compliance') });
    expect(await classifier.categorise({ text, channel: 'chat' })).toBe('safety_compliance');
  });
});
