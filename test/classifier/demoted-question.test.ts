import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/domain.ts';
import type { LocalModel } from '../../src/classifier/local/model.ts';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';

/** A model that says safety first and service_action second on every text: the runner-up a set-aside question fell to. */
function safetyThenService(): LocalModel {
  const model = constantModel('safety_compliance');
  return { ...model, bias: CATEGORIES.map((c) => (c === 'safety_compliance' ? 4 : c === 'service_action' ? 2 : 0)) };
}

describe('a question set aside from safety lands on informational, not on the runner-up (LABELING.md: a question is informational)', () => {
  it.each(['Did the courier drop my parcel at the door?', 'So the rash is not catching?', 'Anything stronger for a sore throat?', 'Was that fixture on the radio?'])(
    'when the model says safety then service_action on the question %s, then the answer is informational',
    async (text) => {
      const classifier = createLocalClassifier({ model: safetyThenService() });
      expect(await classifier.categorise({ text, channel: 'chat' })).toBe('informational');
    },
  );

  it.each([
    'Could we try Friday at noon instead?',
    "It's freezing in here, could you turn the heating up?",
    'can i get a new inhaler sent out?',
    'could your team please call me back about my bill?',
    'Subject: refills\n\nHello, is there a way to line up all my refills on one day?',
  ])('when the question names a slot, asks for something done or given, or is a letter (%s), then it keeps the runner-up', async (text) => {
    const classifier = createLocalClassifier({ model: safetyThenService() });
    expect(await classifier.categorise({ text, channel: 'chat' })).toBe('service_action');
  });
});
