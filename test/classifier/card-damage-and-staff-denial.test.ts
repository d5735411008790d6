import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier, secondStage } from '../../src/classifier/local/local-classifier.ts';
import { damagesCard, isRoutineCardRequest } from '../../src/classifier/local/card-request.ts';
import { speaksOfMoneyWithoutMisuse } from '../../src/classifier/local/money-without-misuse.ts';

/** A model that answers safety_compliance at about 0.66 with service_action the runner-up: below the money ceiling. */
const safetyBelowCeiling = () => createLocalClassifier({ model: { ...constantModel('safety_compliance'), bias: [0, 0.5, 1.5] } });

describe('a card burnt or chewed is a damaged card (LABELING.md: a card to replace is service_action)', () => {
  it.each([
    ['my credit card got burnt in a fire', 'burnt'],
    ['my debit card melted on the dashboard', 'melted'],
  ])('when the text says "%s", then the term set aside is a damage of the card', (text, term) => {
    expect(damagesCard(text, [{ term }])).toBe(true);
  });

  it.each([
    ['i burnt my hand on the stove', 'burnt'],
    ['my card got burnt and someone used it', 'burnt'],
    ['my credit card got burnt and i have a rash', 'rash'],
  ])('when the burn is of the body, the card was misused or another symptom is told ("%s"), then it is none', (text, term) => {
    expect(damagesCard(text, [{ term }])).toBe(false);
  });

  it('when nothing was set aside, then it is none', () => {
    expect(damagesCard('my credit card got burnt in a fire', [])).toBe(false);
  });

  it('when the model says safety below the ceiling on a burnt card, then the answer is service_action', async () => {
    expect(await safetyBelowCeiling().categorise({ text: 'my credit card got burnt in a fire', channel: 'chat' })).toBe('service_action');
  });

  it('when the model says service_action on a burnt card, then the burn is not promoted to a report', () => {
    expect(secondStage('my credit card got burnt in a fire', 'service_action', 0.2)).toBeUndefined();
  });
});

describe('a deed of the staff denied is a complaint about service, not a charge the customer did not make', () => {
  it.each(['the adjuster never called me back', "your agent didn't reply to my email about my claim", 'no one got back to me about my refund'])(
    'when the text says "%s", then it speaks of money without a misuse',
    (text) => {
      expect(speaksOfMoneyWithoutMisuse(text)).toBe(true);
    },
  );

  it.each(['i never made this payment and the bank never called me', 'they never called me back about the charge i did not make'])(
    'when the customer also denies a deed of their own ("%s"), then it is not read as money alone',
    (text) => {
      expect(speaksOfMoneyWithoutMisuse(text)).toBe(false);
    },
  );

  it('when the model says safety below the ceiling on an adjuster who never called, then the answer is its runner-up', async () => {
    expect(await safetyBelowCeiling().categorise({ text: 'the adjuster never called me back', channel: 'chat' })).toBe('service_action');
  });
});

describe('a card left at a place is a lost card (LABELING.md: a lost card versus a stolen card)', () => {
  it.each(['i think i left my card in the atm', 'i forgot my debit card at the restaurant last night', 'left the card on the bus'])(
    'when the text says "%s", then it is routine card work',
    (text) => {
      expect(isRoutineCardRequest(text)).toBe(true);
    },
  );

  it.each(['i left my card in the atm and someone used it', 'the money left my card account', 'i left my card details on a website and there are charges'])(
    'when the card was used by someone, or nothing was left at a place ("%s"), then it is none',
    (text) => {
      expect(isRoutineCardRequest(text)).toBe(false);
    },
  );

  it('when the model is sure of safety on a card left in the atm, then the answer is service_action', async () => {
    const sure = createLocalClassifier({ model: constantModel('safety_compliance') });
    expect(await sure.categorise({ text: 'i think i left my card in the atm', channel: 'chat' })).toBe('service_action');
  });
});
