import { describe, expect, it } from 'vitest';
import { isRoutineAccountRequest } from '../../src/classifier/local/account-request.ts';

// The forms of routine account work and of the words that make it none (src/classifier/local/account-request.ts)
// that account-request.test.ts leaves out. LABELING.md: a charge the customer does not recognise is safety_compliance,
// so each word of money the customer cannot account for must keep a text from reading as routine work. Found by
// mutation testing (stryker.readings.config.mjs, group money).
const ROUTINE = 'my card bill has an extra fee on it';

describe('money the customer cannot account for, beside routine account work', () => {
  it('when the text tells only of the routine work, then it is routine', () => {
    expect(isRoutineAccountRequest(ROUTINE)).toBe(true);
  });

  it.each([
    ', I recognised nothing',
    ', it looks suspiciously high',
    ' and the refund disappeared',
    ' and my cash vanished',
    ', my card may be compromised',
    ', I authorised none of it',
    ' after a data breach',
    ' after a phishing text',
    ' and it is not ours',
  ])('when the text goes on %j, then it is no routine work', (words) => {
    expect(isRoutineAccountRequest(ROUTINE + words)).toBe(false);
  });
});

describe('routine account work, in each of its forms', () => {
  it.each([
    'what is my acct balance',
    'what are my savings balances',
    'what is the balance on my credit card',
    'what is the balance of my account',
    'send me a mini statement',
    'where are my monthly statements',
    'how much is in my account',
    'how much is there in our joint accounts',
    'how much i have in my account',
    'i want to tranfer money to my son',
    'i am transferring money to my savings',
    'please move the funds',
    'money from one account to another',
    'i need to change my address',
    'updating our mailing addresses',
    'please correct the postal address',
    'close down my account',
    'i am closing our savings account',
    'freeze my card',
    'lock the card please',
    'we have made a claim',
    'i just submitted my claim',
    'i put in a claim last week',
    'can i check on the claim',
    'any news on the status on my claim',
    'claim status please',
    'wrong amount debited',
    'there are extra charges on my bill',
    'billing error on my account',
    'i was charged double',
    'there is an extra amount',
    'please refund the debit',
    'reverse these charges',
    'i want to contest a charge',
    'the atm only gave me 50',
    'the cash machine dispensed less',
    'i got less money than i asked for',
    'my transfer is still pending',
    'my top up failed',
    'my refund has been processing for days',
    'my deposits keep being declined',
    'i topped up but the money is not there',
    "i sent money and it hasn't arrived",
    'the money i sent last week has not arrived',
    'the exchange rate was wrong',
    'a worse exchange rate',
    'my pin is blocked',
    'my passcode got locked',
    'i entered the wrong pin three times',
    'contactless is not working',
    'apple pay stopped working',
    'i paid 50 but the bill shows 70',
  ])('when the text says %j, then it is routine account work', (text) => {
    expect(isRoutineAccountRequest(text)).toBe(true);
  });
});
