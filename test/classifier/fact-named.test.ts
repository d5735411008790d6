import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isInformationRequest } from '../../src/classifier/local/information-request.ts';

describe('a fact of the world named on its own (LABELING.md: a one-word question is informational unless the word is an action)', () => {
  it.each(['local time please', 'todays date?', 'weather tomorrow', 'motorway traffic update please', 'tech stocks now', 'date & time', 'Tokyo time pls'])(
    'when the text is %s, then it asks for information',
    (text) => {
      expect(isInformationRequest(text)).toBe(true);
    },
  );

  it.each(['wake up time', 'my time off please', 'the same date please', 'play it one more time', 'lunch time', 'pick a date for the party and book the venue'])(
    'when the time is the writer\'s own, a command or more than a name (%s), then it is no fact named',
    (text) => {
      expect(isInformationRequest(text)).toBe(false);
    },
  );

  it('when the model says service_action on a fact named on its own, then the answer is informational', async () => {
    const classifier = createLocalClassifier({ model: constantModel('service_action') });
    expect(await classifier.categorise({ text: 'local time please', channel: 'chat' })).toBe('informational');
  });
});
