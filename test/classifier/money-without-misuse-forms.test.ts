import { describe, expect, it } from 'vitest';
import { speaksOfMoneyWithoutMisuse, withdrawsMoney } from '../../src/classifier/local/money-without-misuse.ts';

// The forms of the money-without-misuse reading (src/classifier/local/money-without-misuse.ts) that
// money-without-misuse.test.ts leaves out: each money word in the singular or spelt another way, each word of a
// misuse or of care in the form that ends a stem, and the cash words around a withdrawal. A word of misuse or care no
// test names could let a report be set aside. Found by mutation testing (stryker.readings.config.mjs, group money).
const ROUTINE = 'i want to change the due date on my bill';

describe('money with no word of a misuse, in each of its words', () => {
  it.each([
    'how do I close my account',
    'my card arrived',
    'my payment is late',
    'my transfer is pending',
    'my refund is pending',
    'what is the fee for this',
    'my deposit is pending',
    'how do I pay off my loan',
    'my premium went up',
    'what is the status of my claim',
    'where is my statement',
    'where is my invoice',
    'I need to add a driver',
    'I need to add a vehicle',
    'I forgot my username',
    'I forgot my user name',
    'I cannot log in',
    'I need to change my email',
    'I need to change my e-mail address',
    'can I send $5 to my son',
    'how do I add a beneficiary',
    'when can I withdraw',
    'i need a quote for my renewal',
  ])('when the text says %j, then it speaks of money with no misuse', (text) => {
    expect(speaksOfMoneyWithoutMisuse(text)).toBe(true);
  });
});

describe('a word of a misuse or of care beside money', () => {
  it('when the text tells only of the routine request, then it speaks of money with no misuse', () => {
    expect(speaksOfMoneyWithoutMisuse(ROUTINE)).toBe(true);
  });

  it.each([
    'someone is impersonating me',
    'my details leaked',
    'is this legally allowed',
    'I will go to the regulators',
    'I reported it',
    'I complained twice',
    'my card was skimmed',
    'they threatened me',
    'I was blackmailed',
    'I am being harassed',
    'I feel suicidal',
    'it is hurting me',
    'they disclosed my address',
    'my mail was misdirected',
    'my card was misdelivered',
    'my personal details were shared',
    'they gave my number out',
    'the payments isnt mine',
    "I don't know this",
    "I don't remember this",
    'it happened while I was asleep',
    'it is someone elses',
    "it is someone else's",
  ])('when the request goes on %j, then a safety answer stays (a possible misuse)', (words) => {
    expect(speaksOfMoneyWithoutMisuse(`${ROUTINE}, ${words}`)).toBe(false);
  });

  it.each([
    'I was hospitalized',
    'my clinical records',
    'the pharmacist',
    'my prescription',
    'my medication',
    'the dose',
    'the doses',
    'my vaccination',
    'the injection',
    'my sickness',
    'my allergies',
    'the swelling',
    'my dizziness',
    'I am nauseous',
    'I am vomiting',
    'the bleeding',
    'a headache',
    'my breathing',
    'I am feeling',
    'my pregnancy',
    'it is painful',
  ])('when the request goes on %j, then a safety answer stays (a word of care)', (words) => {
    expect(speaksOfMoneyWithoutMisuse(`${ROUTINE}, ${words}`)).toBe(false);
  });
});

describe('a withdrawal of money, by its cash words', () => {
  it.each(['what is the withdrawal limit', 'the withdrawal fee is 2 dollar', 'a withdrawal of 20 euro', 'a withdrawal of $20', 'my withdrawal was declined'])(
    'when the text says %j, then the withdrawal is of money',
    (text) => {
      expect(withdrawsMoney(text, [{ term: 'withdrawal' }])).toBe(true);
    },
  );
});
