import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isInformationRequest } from '../../src/classifier/local/information-request.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

const ALWAYS_SERVICE = constantModel('service_action');
const ALWAYS_SAFETY = constantModel('safety_compliance');

describe('plans, offers and prices on offer asked about (LABELING.md: what a plan covers, prices in general are informational)', () => {
  it.each(['please help me with the plans available for internet', 'could you help me with the best plans available for cable service', 'need plan details for cable service', 'what are the latest deals for my home'])(
    'when the text says %s, then it asks for information',
    (text) => {
      expect(isInformationRequest(text)).toBe(true);
    },
  );

  it.each(['cancel my plan, the best plans available elsewhere are cheaper', 'i will take the 10 gb plan', 'someone switched my plan without asking, show me the plans available'])(
    'when a task, a choice or a misuse comes with it (%s), then it is no information request',
    (text) => {
      expect(isInformationRequest(text)).toBe(false);
    },
  );

  it('when the model says service_action on plans asked about, then the answer is informational', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_SERVICE });
    expect(await classifier.categorise({ text: 'please help me with the plans available for internet', channel: 'chat' })).toBe('informational');
  });

  it("when plans are asked about with a reaction (\"I'd like to report a reaction\"), then the guard keeps it safety and a safety answer stays", async () => {
    const text = "I'd like to report a reaction to my insulin, and what plan details cover the ER visit";
    expect(scanSafety(text).fired).toBe(true);
    const classifier = createLocalClassifier({ model: ALWAYS_SAFETY });
    expect(await classifier.categorise({ text, channel: 'chat' })).toBe('safety_compliance');
  });
});
