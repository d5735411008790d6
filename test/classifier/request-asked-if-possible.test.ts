import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isRequestTurn } from '../../src/classifier/local/request-turn.ts';
import { isInformationRequest } from '../../src/classifier/local/information-request.ts';
import { speaksOfMoneyWithoutMisuse } from '../../src/classifier/local/money-without-misuse.ts';

describe('work asked for as a question of what is possible (LABELING.md: the customer wants something done -> service_action)', () => {
  it.each([
    'is it possible to change the address on my account',
    'is there any possibility to change the billing address if needed',
    'would it be possible to move my payment date to the 15th',
    'is there any way you could cancel my policy from next month',
    'my windshield cracked on the highway, is it possible to replace it',
    'my windshield cracked on the highway, can i get it replaced under my policy',
    'can i get my address changed please',
    'could we have the card reissued, the chip is worn',
  ])('when the text says "%s", then it is a request', (text) => {
    expect(isRequestTurn(text)).toBe(true);
  });

  it.each([
    'is it possible to pay with apple pay',
    'is it possible to open an account online',
    'is it possible to get flu from the shot',
    'Is it possible for you to provide the likes of my music',
    'can i get a refill early',
    'Is there a way to stop the Cymbalta and then start the Zoloft the next day?',
    'is there any way to stop the pain in my knee',
  ])('when nothing of the customer\'s or in view follows an action verb ("%s"), then it is no request', (text) => {
    expect(isRequestTurn(text)).toBe(false);
  });

  it('when a thing of the customer\'s is asked to be changed with "can i get", then it is no request for information', () => {
    expect(isInformationRequest('can i get my address changed please')).toBe(false);
  });

  it('when the model says informational on a possibility asked of work on the own account, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: constantModel('informational') });
    expect(await classifier.categorise({ text: 'is it possible to change the address on my account', channel: 'chat' })).toBe('service_action');
  });

  it('when the model says informational on a possibility asked of how things are done, then the answer stays', async () => {
    const classifier = createLocalClassifier({ model: constantModel('informational') });
    expect(await classifier.categorise({ text: 'is it possible to pay with apple pay', channel: 'chat' })).toBe('informational');
  });

  it('when the model says service_action on "can i get my address changed", then it stays', async () => {
    const classifier = createLocalClassifier({ model: constantModel('service_action') });
    expect(await classifier.categorise({ text: 'can i get my address changed please', channel: 'chat' })).toBe('service_action');
  });

  it.each([
    'the other driver used my details to open a policy',
    'someone is pretending to be me and changed the address on my account',
    'there is a loan on my account taken out in my name',
  ])('when someone else uses the customer\'s name or details ("%s"), then it is not read as money alone', (text) => {
    expect(speaksOfMoneyWithoutMisuse(text)).toBe(false);
  });
});
