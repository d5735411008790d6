import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { givesSlot } from '../../src/classifier/local/slot-turn.ts';

const ALWAYS_INFORMATIONAL = constantModel('informational');

describe('a turn that gives a day or a time (LABELING.md, dialogue turn: service_action)', () => {
  it.each(['3pm or 9pm.', '9 pm - and not a minute before!', 'Friday would be the best', '11 am would be great.', 'Saturday. Do you know if the apartments are safe?', 'Anytime on Monday, Tues, or Wed is fine.', 'around 5pm would be great', 'ok, tomorrow at 10:30 then'])(
    'when the turn says %s, then it gives a slot',
    (text) => {
      expect(givesSlot(text)).toBe(true);
    },
  );

  it.each([
    'Is 11 am available?',
    "Today's local events",
    'Today is which date',
    'Today I feel awful',
    'Monday my order still had not come, so I called twice and nobody answered the phone at all',
    'I can do Friday',
    'what time on Sunday',
  ])('when the turn asks, tells of the writer or runs on (%s), then it gives no slot', (text) => {
    expect(givesSlot(text)).toBe(false);
  });

  it('when the model says informational on a turn that gives a slot, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_INFORMATIONAL });
    const answer = await classifier.classify({ text: '3pm or 9pm.', channel: 'chat' });
    expect(answer.category).toBe('service_action');
    expect(answer.reasoning).toContain('gives or moves a day or time');
  });

  it('when a turn that opens with a day names a symptom, then it is not read as a slot given', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_INFORMATIONAL });
    expect(await classifier.categorise({ text: 'Tuesday. dizzy and a rash since then', channel: 'chat' })).not.toBe('service_action');
  });
});

describe('a question about the schedule is no slot given', () => {
  it.each(['what is my schedule today', 'tell me my schedule for today'])(
    'when the text asks to be told its schedule (%j), then the answer stays informational',
    async (text) => {
      const answer = await createLocalClassifier().classify({ text, channel: 'chat' });
      expect(answer.category).toBe('informational');
    },
  );
});
