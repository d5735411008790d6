import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isInformationRequest } from '../../src/classifier/local/information-request.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

const ALWAYS_SERVICE = constantModel('service_action');
const ALWAYS_SAFETY = constantModel('safety_compliance');

describe('a rate or a market price named on its own (LABELING.md: a price in general is informational)', () => {
  it.each(['exchange rate of euro with dollar', 'display conversion rate of usd and eur', 'Let me know about the exchange rate of Rupee to dirham', 'current interest rates on savings'])(
    'when the text says %s, then it asks for information',
    (text) => {
      expect(isInformationRequest(text)).toBe(true);
    },
  );

  it.each(['I was charged the wrong exchange rate on my card', 'my interest rate went up, please lower it', 'we want to transfer 500 at the exchange rate you quoted'])(
    'when the rate is the customer\'s own or comes with a task (%s), then it is no information request',
    (text) => {
      expect(isInformationRequest(text)).toBe(false);
    },
  );

  it('when the model says service_action on an exchange rate asked, then the answer is informational', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_SERVICE });
    expect(await classifier.categorise({ text: 'exchange rate of euro with dollar', channel: 'chat' })).toBe('informational');
  });

  it.each(['what exchange rate applies, someone withdrew 300 euros from my account that I never made', "I'd like to report a reaction to a vaccine I got abroad, what is the exchange rate for the clinic bill"])(
    'when the rate comes with a misuse or a reaction (%s), then the guard keeps it safety and a safety answer stays',
    async (text) => {
      expect(scanSafety(text).fired).toBe(true);
      const classifier = createLocalClassifier({ model: ALWAYS_SAFETY });
      expect(await classifier.categorise({ text, channel: 'chat' })).toBe('safety_compliance');
    },
  );
});
