import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isRoutineAccountRequest } from '../../src/classifier/local/account-request.ts';

describe('money that went wrong on the way, with no one\'s doing (LABELING.md: a dispute on the customer\'s own payment is service_action)', () => {
  it.each([
    'the cashpoint only gave me 40 of the 60 i asked for',
    'i received less cash than the receipt says',
    'my bank transfer has been pending since monday',
    'the top up i did was reverted this morning',
    'i paid in a cheque yesterday and it still has not come through',
    'the funds we transferred to my sister have not arrived',
    'they used a worse exchange rate than the one in the app',
    'my pin got locked at the supermarket',
    'typed the wrong pin three times in a row',
    'contactless has stopped working on my card',
  ])('when the text says %s, then it is routine account work', (text) => {
    expect(isRoutineAccountRequest(text)).toBe(true);
  });

  it.each([
    'my transfer is pending and i never made it',
    'i topped up but the money is not there, someone hacked the app',
    'the money we sent never arrived, i think it was a scam',
    'money is missing after my transfer was reverted',
  ])('when the text also tells of a misuse or money gone (%s), then it is no routine account work', (text) => {
    expect(isRoutineAccountRequest(text)).toBe(false);
  });

  it.each([
    'the top up i did this morning failed',
    'my topup didn\'t go through',
    'the cash withdrawal is showing as pending',
    'the direct debit to my landlord was rejected',
    'my salary transfer from work still has not arrived',
  ])('when a payment that failed or is still on its way is told with words between (%s), then it is routine account work', (text) => {
    expect(isRoutineAccountRequest(text)).toBe(true);
  });

  it('when the model says informational on a card not yet received, told as a statement, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: constantModel('informational') });
    expect(await classifier.categorise({ text: 'i still haven\'t received my physical card', channel: 'chat' })).toBe('service_action');
  });

  it('when a failed top-up is asked about, then the informational answer stays', async () => {
    const classifier = createLocalClassifier({ model: constantModel('informational') });
    expect(await classifier.categorise({ text: 'why did my top up fail', channel: 'chat' })).toBe('informational');
  });

  it('when the model says safety on short cash from a machine the guard finds nothing in, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: constantModel('safety_compliance') });
    expect(await classifier.categorise({ text: 'the cashpoint only gave me 40 of the 60 i asked for', channel: 'chat' })).toBe('service_action');
  });

  it('when the model says informational on a pin locked told as a statement, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: constantModel('informational') });
    expect(await classifier.categorise({ text: 'my pin got locked at the supermarket', channel: 'chat' })).toBe('service_action');
  });
});
