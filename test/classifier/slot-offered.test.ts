import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { givesSlot } from '../../src/classifier/local/slot-turn.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

const ALWAYS_INFORMATIONAL = constantModel('informational');
const ALWAYS_SAFETY = constantModel('safety_compliance');

describe('a slot offered as a short question (LABELING.md, dialogue turn: service_action)', () => {
  it.each(['6 pm?', "Maybe 4pm? I really need this job", '4pm today? Any later?'])('when the turn opens with %s, then it gives a slot', (text) => {
    expect(givesSlot(text)).toBe(true);
  });

  it.each(['Tomorrow is the pharmacy open?', 'What time on Sunday should I arrive?', 'Friday at 5 is that when you close?'])(
    'when the question is longer than a slot offered or asks (%s), then it gives none',
    (text) => {
      expect(givesSlot(text)).toBe(false);
    },
  );

  it.each([ALWAYS_INFORMATIONAL, ALWAYS_SAFETY])('when the model says %# on "6 pm? She is usually flexible", then the answer is service_action', async (model) => {
    const classifier = createLocalClassifier({ model });
    expect(await classifier.categorise({ text: "6 pm? She's usually pretty flexible so hopefully that works", channel: 'chat' })).toBe('service_action');
  });

  it.each(['Tomorrow? I had a seizure after the vaccine last night', "6 pm? I'd like to report a reaction to the new tablets, my face is swollen"])(
    'when the slot comes with a reaction (%s), then the guard keeps it safety and a safety answer stays',
    async (text) => {
      expect(scanSafety(text).fired).toBe(true);
      const classifier = createLocalClassifier({ model: ALWAYS_SAFETY });
      expect(await classifier.categorise({ text, channel: 'chat' })).toBe('safety_compliance');
    },
  );
});
