import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isInformationRequest } from '../../src/classifier/local/information-request.ts';

describe('a yes-no question on what follows for the asker (LABELING.md: asks for information, needs no action on a record)', () => {
  it.each([
    'will my rates go up if i file a claim',
    'does my card work abroad?',
    'will i be charged a fee if i pay late',
    'what happens if i miss a payment',
    'are my savings protected',
    'would my premium change if i add my son',
  ])('when the text says "%s", then it asks for information', (text) => {
    expect(isInformationRequest(text)).toBe(true);
  });

  it.each(['do my taxes', 'would it be available for just one night?', 'will you cancel my policy', 'will my card be replaced, someone used it'])(
    'when the text opens a command, asks whether a slot is free, asks someone to act or tells of a misuse ("%s"), then it is no such question',
    (text) => {
      expect(isInformationRequest(text)).toBe(false);
    },
  );

  it('when the model says service_action on a question of what a claim does to the rates, then the answer is informational', async () => {
    const classifier = createLocalClassifier({ model: constantModel('service_action') });
    expect(await classifier.categorise({ text: 'will my rates go up if i file a claim', channel: 'chat' })).toBe('informational');
  });
});
