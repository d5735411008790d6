import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isInformationRequest } from '../../src/classifier/local/information-request.ts';

describe('a want to know something in general (LABELING.md: informational)', () => {
  it.each(['i want to know the bank routing number please', "we'd like to know the new savings rates", 'i just need to know the address of the clinic'])(
    'when the text says %s, then it asks for information',
    (text) => {
      expect(isInformationRequest(text)).toBe(true);
    },
  );

  it.each(['i want to know the status of my claim', 'i need to know if you can book a table for two', 'i want to know the balance, someone took money'])(
    'when the want is for the own record, an action or tells of a misuse (%s), then it is none',
    (text) => {
      expect(isInformationRequest(text)).toBe(false);
    },
  );

  it('when the model says service_action on a want to know a general fact, then the answer is informational', async () => {
    const classifier = createLocalClassifier({ model: constantModel('service_action') });
    expect(await classifier.categorise({ text: 'yes i want to know the bank routing number', channel: 'chat' })).toBe('informational');
  });
});
