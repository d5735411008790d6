import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { speaksOfMoneyWithoutMisuse } from '../../src/classifier/local/money-without-misuse.ts';
import { secondStage } from '../../src/classifier/local/local-classifier.ts';

describe('money or an account with no word of a misuse (LABELING.md: only a misuse or a charge not recognised is safety_compliance)', () => {
  it.each([
    'the money I sent yesterday is still pending',
    'i would like to move my premium due date to the 15th',
    'add my daughter to the policy please',
    'what is the fee for paying by credit card',
    'how do I combine the payments for both cars into one bill',
    'i want to speak to someone about my bill',
    'can someone help me with my payment due date',
    "i dont remember if i paid the application fee",
    'please take my son off the policy and stop the extra payment',
    'i need to add my daughter as a driver',
    'change the email address on my profile',
    'I forgot my user id',
  ])('when the text says %s, then it speaks of money without a misuse', (text) => {
    expect(speaksOfMoneyWithoutMisuse(text)).toBe(true);
  });

  it.each([
    ['someone else', 'there is a payment on my card and it was not me'],
    ['a charge not recognised', 'i do not recognise this card payment'],
    ['a stolen card', 'my card was stolen along with my bank details'],
    ['a privacy breach', 'a statement of another member was misdirected to my address'],
    ['a legal complaint', 'my lawyer will be in touch about the bill'],
    ['a medicine', 'i paid for the metformin refill but the pills look different'],
    ['care', 'i got a rash and the bill for the clinic visit'],
    ['a mood', 'the payment helped balance out my moods'],
    ['a detail shared', 'your agent shared my phone number without asking'],
    ['a detail disclosed', 'the agent disclosed my claim details to my employer'],
    ['a login used by another', 'my login was used by someone else'],
    ['a lost card', 'i lost my card and the bank will not answer'],
    ['someone who took money', 'can someone explain why someone took 200 from my account'],
    ['someone who used the card', 'i need someone used my card to be found'],
    ['a payee not known', "There's a transaction on my statement from a company I don't know"],
    ['a charge not remembered', 'a charge of 80 dollars showed up that I do not remember making'],
    ['an account emptied', 'my account was emptied overnight'],
    ['the customer elsewhere at the time', 'the statement shows a cash withdrawal but I was at home all day'],
    ['payments not the customer\'s', 'there are three payments on my card from yesterday that are not mine'],
  ])('when the text speaks of money and of %s, then it is not read as money alone', (_kind, text) => {
    expect(speaksOfMoneyWithoutMisuse(text)).toBe(false);
  });

  it('when the model says safety on a pending transfer the guard finds nothing in, then the safety answer is set aside', () => {
    expect(secondStage('the money I sent yesterday is still pending', 'safety_compliance', 0.8)).toBe('money');
  });

  it('when the model leans to safety on a statement about a payment, then the answer is not safety_compliance and says why', async () => {
    // safety about 0.69, below the ceiling
    const classifier = createLocalClassifier({ model: { ...constantModel('safety_compliance'), bias: [0, 0, 1.5] } });
    const answer = await classifier.classify({ text: 'the money I sent yesterday is still pending', channel: 'chat' });
    expect(answer.category).not.toBe('safety_compliance');
    expect(answer.reasoning).toContain('money or an account with no word of a misuse');
  });

  it('when the model says safety on money taken by someone else, then the safety answer stays', async () => {
    const classifier = createLocalClassifier({ model: constantModel('safety_compliance') });
    expect(await classifier.categorise({ text: 'someone moved 300 dollars out of my account last night', channel: 'chat' })).toBe('safety_compliance');
  });

  it('when the model is sure of safety on money words, then its answer stays', () => {
    expect(secondStage('the money I sent yesterday is still pending', 'safety_compliance', 0.97)).toBeUndefined();
  });

  it('when the model gives safety 0.9 to a payment problem with no misuse, then the safety answer is set aside', () => {
    expect(secondStage('the money I sent yesterday is still pending', 'safety_compliance', 0.9)).toBe('money');
  });

  it.each(['the top up i did this morning failed', 'i forgot my pin number', 'what exchange rate do you use for currency payments', 'my direct debit to the gym', 'the transaction from the cafe'])(
    'when the text speaks of %s (a bank\'s own words: top-up, pin, exchange rate, currency, direct debit, transaction), then it speaks of money without a misuse',
    (text) => {
      expect(speaksOfMoneyWithoutMisuse(text)).toBe(true);
    },
  );

  it('when pins and needles are felt, then the word pin is no money', () => {
    expect(speaksOfMoneyWithoutMisuse('pins and needles all night')).toBe(false);
  });

  it('when the text is in another language, then the safety answer stays', () => {
    expect(secondStage('mi tarjeta bank account payment pendiente', 'safety_compliance', 0.8, 'es')).not.toBe('money');
  });
});
