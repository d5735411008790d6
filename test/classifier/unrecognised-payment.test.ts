import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { tellsOfUnrecognisedPayment } from '../../src/classifier/local/unrecognised-payment.ts';

describe('a payment the customer cannot account for, in everyday words (LABELING.md: a charge or withdrawal the customer does not recognise is safety_compliance)', () => {
  it.each([
    'no clue here, I do not know what this 12.99 payment is',
    'there is a standing order on my statement we know nothing of, we do not know who it goes to',
    'I have no memory of this withdrawal at the station cash point',
    'a debit to some gym I never heard of',
    'my app shows three transactions I cannot explain',
    'an unfamiliar company took a payment from my card',
    'who took 25 euros out of my savings',
  ])('when the text says %s, then it tells of a payment the customer cannot account for', (text) => {
    expect(tellsOfUnrecognisedPayment(text)).toBe(true);
  });

  it.each([
    "I don't know why I was charged for the delivery",
    'how do I find out what a payment was for',
    'I have no idea what the daily transfer limit is',
    "I don't know where my transactions are shown in the app",
    'i dont know what to pay this month',
    'I made a payment yesterday and it shows twice',
  ])('when the customer questions a charge they know of, asks how things work or names no payment (%s), then it is none', (text) => {
    expect(tellsOfUnrecognisedPayment(text)).toBe(false);
  });

  it.each(['informational', 'service_action'] as const)('when the model says %s on a payment the customer cannot account for, then the answer is safety_compliance and says why', async (category) => {
    const classifier = createLocalClassifier({ model: constantModel(category) });
    const answer = await classifier.classify({ text: 'no clue here, I do not know what this 12.99 payment is', channel: 'chat' });
    expect(answer.category).toBe('safety_compliance');
    expect(answer.reasoning).toContain('cannot account for');
  });
});
