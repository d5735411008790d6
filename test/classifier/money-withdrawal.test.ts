import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier, secondStage } from '../../src/classifier/local/local-classifier.ts';
import { withdrawsMoney } from '../../src/classifier/local/money-without-misuse.ts';
import { isRoutineCardRequest } from '../../src/classifier/local/card-request.ts';
import { isRoutineAccountRequest } from '../../src/classifier/local/account-request.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

const withdrawal = (text: string) => withdrawsMoney(text, scanSafety(text).suppressed);

describe('a withdrawal of money is no drug withdrawal; a card not delivered and a withdrawal pending are routine work', () => {
  it.each(["what's the daily withdrawal limit", 'withdrawal of $200 at the atm', 'is there a fee for a withdrawal from my card'])(
    'when the text says %s, then it is a withdrawal of money',
    (text) => {
      expect(withdrawal(text)).toBe(true);
    },
  );

  it.each(['the withdrawal lasted 3 weeks', 'the withdrawal symptoms were bad even at the bank', 'withdrawal from my meds is awful, the pharmacy fee too'])(
    'when the text says %s, then it is no withdrawal of money',
    (text) => {
      expect(withdrawal(text)).toBe(false);
    },
  );

  it('when a statement asks about a withdrawal limit, then it is not promoted to a report', () => {
    expect(secondStage("what's the daily withdrawal limit", 'informational', 0.04)).toBeUndefined();
  });

  it('when a statement tells of a drug withdrawal with no medicine named, then it is still promoted to a report', () => {
    expect(secondStage('the withdrawal lasted 3 weeks', 'informational', 0.04)).toBe('promoted');
  });

  it('when a card has not been delivered, then it is a routine card request', () => {
    expect(isRoutineCardRequest('my card has not been delivered yet')).toBe(true);
  });

  it('when a cash withdrawal is pending, then it is routine account work', () => {
    expect(isRoutineAccountRequest('my cash withdrawal is still pending')).toBe(true);
  });

  it('when the money reading sets a safety answer aside on a pending withdrawal, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: { ...constantModel('safety_compliance'), bias: [0, 0, 1.5] } });
    expect(await classifier.categorise({ text: 'my cash withdrawal is still pending', channel: 'chat' })).toBe('service_action');
  });
});
