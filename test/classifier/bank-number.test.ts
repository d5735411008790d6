import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isInformationRequest } from '../../src/classifier/local/information-request.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

const ALWAYS_SERVICE = constantModel('service_action');
const ALWAYS_SAFETY = constantModel('safety_compliance');

describe("the bank's routing number or sort code asked for (LABELING.md: a fact told, nothing done: informational)", () => {
  it.each(['need routing number', 'i just need to know my banks routing number', "what's the sort code for the savings account", 'please send me the iban'])(
    'when the text says %s, then it asks for information',
    (text) => {
      expect(isInformationRequest(text)).toBe(true);
    },
  );

  it.each(['transfer 200 to routing number 021000021', 'someone used my routing number to take money out'])(
    'when the number comes with a task or a misuse (%s), then it is no information request',
    (text) => {
      expect(isInformationRequest(text)).toBe(false);
    },
  );

  it.each([ALWAYS_SERVICE, ALWAYS_SAFETY])('when the model says %# on "need bank routing number", then the answer is informational', async (model) => {
    const classifier = createLocalClassifier({ model });
    expect(await classifier.categorise({ text: 'need bank routing number', channel: 'chat' })).toBe('informational');
  });

  it.each(['someone used my routing number and took 500 dollars from my account', "I'd like to report a reaction to my new medication, and what is your routing number for the copay"])(
    'when the number comes with a misuse or a reaction (%s), then the guard keeps it safety and a safety answer stays',
    async (text) => {
      expect(scanSafety(text).fired).toBe(true);
      const classifier = createLocalClassifier({ model: ALWAYS_SAFETY });
      expect(await classifier.categorise({ text, channel: 'chat' })).toBe('safety_compliance');
    },
  );
});
