import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { tellsOfUnrecognisedPayment } from '../../src/classifier/local/unrecognised-payment.ts';

describe('a payment not recognised, told beside a question (LABELING.md: a charge the customer does not recognise is safety_compliance)', () => {
  it.each([
    "What is this payment on my statement? I don't recognise it",
    'there is a direct debit I do not recognise, can you cancel it?',
    "there's a card payment I'm not sure about, can you tell me who it is",
    "can you tell me what this charge is? I haven't bought anything",
    "why is there a payment to amazon on my card, I don't shop there",
    'who is this merchant on my statement?',
  ])('when the text says %s, then it tells of a payment the customer cannot account for', (text) => {
    expect(tellsOfUnrecognisedPayment(text)).toBe(true);
  });

  it.each([
    "what do I do if I see a transaction I don't recognise?",
    "I don't recognise the new layout of the app",
    'who is my account manager?',
    "I haven't bought anything yet, how do payments work?",
  ])('when the text asks how things work or names no payment (%s), then it is none', (text) => {
    expect(tellsOfUnrecognisedPayment(text)).toBe(false);
  });

  it('when the model says informational on a payment not recognised asked about, then the answer is safety_compliance', async () => {
    const classifier = createLocalClassifier({ model: constantModel('informational') });
    expect(await classifier.categorise({ text: "What is this payment on my statement? I don't recognise it", channel: 'chat' })).toBe('safety_compliance');
  });
});
