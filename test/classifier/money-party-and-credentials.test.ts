import { describe, expect, it } from 'vitest';
import { speaksOfMoneyWithoutMisuse } from '../../src/classifier/local/money-without-misuse.ts';
import { secondStage } from '../../src/classifier/local/local-classifier.ts';

describe('routine account words a careless reader takes for a misuse (LABELING.md: a lost card, a fee, a login are service_action)', () => {
  it.each([
    'please take somebody off my policy, my son moved out',
    'i would like to add someone to my car insurance policy',
    'someone you insure hit my car in the parking lot, how do i file a claim',
    'someone filed a claim against me after a fender bender, what happens to my premium',
    'someone at your branch told me the fee would be waived',
    'what happens to my premium if someone else drives my car',
  ])('when someone is a party to the policy or the staff (%s), then it speaks of money without a misuse', (text) => {
    expect(speaksOfMoneyWithoutMisuse(text)).toBe(true);
  });

  it.each([
    'i dont know my password for the online banking',
    "i can't remember my username to log into my account",
    'i dont know how to set up autopay on my account',
    'i cant remember which email i used for my online account',
    'i dont know my billing date for the policy',
    'i was hoping you could help me order a new card, mine expired and i didnt realize it',
  ])('when a login or a detail is forgotten, a task not known or a thought denied (%s), then it speaks of money without a misuse', (text) => {
    expect(speaksOfMoneyWithoutMisuse(text)).toBe(true);
  });

  it.each([
    'somebody filed a claim on my policy using my name',
    'someone used my card to buy things online',
    'i dont know what this payment of 89 dollars on my statement is',
    "i don't know how this charge got on my card",
    'i lost my card and the bank will not answer',
    'i did not make this transfer and i didnt realize it until today',
    'i need to know if someone stole my card details from my account',
  ])('when another person\'s doing or money not accounted for is told (%s), then it is not read as money alone', (text) => {
    expect(speaksOfMoneyWithoutMisuse(text)).toBe(false);
  });

  it('when a name on the account is to change, then it speaks of money without a misuse', () => {
    expect(speaksOfMoneyWithoutMisuse('i just got married and my last name changed')).toBe(true);
  });

  it('when names are hard to remember, then it is no account work', () => {
    expect(speaksOfMoneyWithoutMisuse('difficulty remembering names')).toBe(false);
  });

  it('when the body\'s balance is told, then it is no money', () => {
    expect(speaksOfMoneyWithoutMisuse('Drowsiness, slightly unsteady balance')).toBe(false);
  });

  it('when a service is no longer wanted ("anymore"), then the safety answer on it is set aside', () => {
    expect(secondStage('i dont need paperless billing anymore', 'safety_compliance', 0.6)).toBe('money');
  });

  it('when the writer cannot take it anymore, then the safety answer on a money text stays', () => {
    expect(secondStage("i can't take it anymore, the bills keep coming", 'safety_compliance', 0.6)).toBeUndefined();
  });

  it('when the language of a money text cannot be told, then the safety answer on it is set aside as on English', () => {
    expect(secondStage('policy renewal payment', 'safety_compliance', 0.8, 'und')).toBe('money');
  });

  it('when a memory word stands in a text about paying a bill, then the statement is not promoted to a report', () => {
    expect(secondStage("i can't remember if i paid the bill this month", 'service_action', 0.3)).not.toBe('promoted');
  });
});
