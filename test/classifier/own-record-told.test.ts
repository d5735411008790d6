import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isRequestTurn } from '../../src/classifier/local/request-turn.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

const ALWAYS_INFORMATIONAL = constantModel('informational');
const ALWAYS_SAFETY = constantModel('safety_compliance');

describe("a look-up on the customer's own record told as what they are doing (LABELING.md: service_action)", () => {
  it.each(['hello im trying to check my seat assignment', 'dude check my seat assignment', 'i ask the status of my claim', 'heya i need help getting proof of insurance for one of my vehicles'])(
    'when the text says %s, then it is a request',
    (text) => {
      expect(isRequestTurn(text)).toBe(true);
    },
  );

  it.each(['what is the status of my claim?', 'how do i check the status of a claim', 'can you see my seat assignment from there?', 'i know seat assignments are random on this airline'])(
    'when the look-up is asked as a question, in general, or names no own record (%s), then it is no request',
    (text) => {
      expect(isRequestTurn(text)).toBe(false);
    },
  );

  it('when the model says informational on such a look-up, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_INFORMATIONAL });
    expect(await classifier.categorise({ text: 'dude check my seat assignment', channel: 'chat' })).toBe('service_action');
  });

  it.each(["i ask the status of my claim, someone used my insurance for a surgery i never had", "I'd like to report a reaction to my new pills and check the status of my claim"])(
    'when the look-up comes with a misuse or a reaction (%s), then safety stays',
    async (text) => {
      expect(scanSafety(text).fired || !isRequestTurn(text)).toBe(true);
      const classifier = createLocalClassifier({ model: ALWAYS_SAFETY });
      expect(await classifier.categorise({ text, channel: 'chat' })).toBe('safety_compliance');
    },
  );
});
