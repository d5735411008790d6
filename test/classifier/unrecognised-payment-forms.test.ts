import { describe, expect, it } from 'vitest';
import { tellsOfUnrecognisedPayment } from '../../src/classifier/local/unrecognised-payment.ts';

// Each way of telling a payment the customer cannot account for (src/classifier/local/unrecognised-payment.ts) that
// unrecognised-payment.test.ts leaves out: every subject, negation and verb of not knowing it, every payment
// pointed at, every "who took it" and "who is the payee". LABELING.md: a charge or withdrawal the customer does not
// recognise is safety_compliance; a form no test names is a report the reading could lose. Found by mutation testing
// (stryker.readings.config.mjs, group money).
describe('a payment the customer cannot account for, in each of its forms', () => {
  it.each([
    'there are two payments on my card and we didnt know about them',
    'a direct-debit left my account and i dont know who it is',
    'some debits i did not know of',
    'I do not know where these charges came from',
    "I don't know anything about these purchases",
    'we had no idea of these transfers',
    'I have no recollection of these withdrawals',
    'I have no knowledge about this transaction',
    'I had no idea where that payment went',
    "I can't place this charge",
    'we couldnt identify these charges',
    'I can not account for this debit',
    'I cannot place a charge on my card',
    'I cant recognise these payments',
    'I didnt recognize a charge on my card',
    'we do not recognise two transactions',
    "I'm not sure who this merchant is",
    'we are not sure what these charges are',
    'im not sure where this payment went',
    'I am not sure about this standing order',
    'there is a purchase on my card, I havent ordered anything',
    'I did not authorize these transactions',
    'I didnt spend that, a charge of 40',
    'we never authorised them, two debits',
    'I never purchased this, a charge of 12 pounds',
    'I dont bank with them yet there are several debits',
    'we never go there but a charge appeared',
    'I do not eat there and this charge showed up',
    'I never buy from them but a payment went out',
    'an unrecognisable merchant charged me',
    'an unknown payee took a payment',
    'I see one unrecognizable transaction',
    "I didn't know about this payment",
    'I cant explain this charge',
    'we were not sure about this payment',
    "I didn't buy anything, there is a charge of 30",
    "I didn't recognise this payment",
    'there is a transfer I do not recognise',
  ])('when the text says %j, then it tells of a payment the customer cannot account for', (text) => {
    expect(tellsOfUnrecognisedPayment(text)).toBe(true);
  });

  it.each([
    'who withdrew $200 from my card',
    'who spent money on my card',
    'who moved 300 pounds out of my account',
    'who transferred cash from my account',
    'who charged 9.99 to my card',
    '- who took £40 out of my account',
    'who took all of my money',
    'who took 5 pounds from me',
  ])('when the text asks who took money (%j), then it tells of a payment the customer cannot account for', (text) => {
    expect(tellsOfUnrecognisedPayment(text)).toBe(true);
  });

  it.each(['who are these companies charging my card', 'who was that payee', 'who were those people on my statement', 'who is this business', 'who is this seller', 'who are these shops on my statement', '- who is this merchant', 'who is this shop', 'who is this store'])(
    'when the text asks who the payee is (%j), then it tells of a payment the customer cannot account for',
    (text) => {
      expect(tellsOfUnrecognisedPayment(text)).toBe(true);
    },
  );

  it.each([
    "what happens if I don't recognise a payment",
    'what if there is a charge I cannot explain',
    "is it possible to block a payment I don't recognise",
    "can i dispute a charge I don't recognise",
    'could i get a refund for a charge I cannot explain',
    "what should I do about a payment I don't recognise",
    'what can we do when a charge is unknown',
    "- what happens if I don't recognise a payment",
  ])('when the text asks how things work (%j), then it tells of no payment of its own', (text) => {
    expect(tellsOfUnrecognisedPayment(text)).toBe(false);
  });
});
