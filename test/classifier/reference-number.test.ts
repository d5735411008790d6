import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isRequestTurn } from '../../src/classifier/local/request-turn.ts';

describe('a request for the reference number of a booking (LABELING.md: the booking is made -> service_action)', () => {
  it.each(['Can I have a reference number please?', 'Thanks. Can I get the confirmation number?', 'please give me the booking reference number', 'ok, provide the reservation code too please'])(
    'when the text says %s, then it is a request',
    (text) => {
      expect(isRequestTurn(text)).toBe(true);
    },
  );

  it('when the text asks what a reference number is for, then it is no request', () => {
    expect(isRequestTurn('what is a reference number used for?')).toBe(false);
  });

  it('when the model says informational on a request for a reference number, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: constantModel('informational') });
    expect(await classifier.categorise({ text: 'Yes please. Could I also get the reference number?', channel: 'chat' })).toBe('service_action');
  });
});
