import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isRequestTurn } from '../../src/classifier/local/request-turn.ts';
import { isInformationRequest } from '../../src/classifier/local/information-request.ts';

describe('a look-up on the own record asked for as a task (LABELING.md: service_action)', () => {
  it.each([
    'may i know my seat number for tomorrow',
    'can you tell me my current account balance?',
    'could you please check my boarding pass',
    'please check and tell me the status of my claim',
    'can you help me find the status of my home insurance claim',
    'help me to check the previous month bill',
    "i'm trying to check my data usage",
    'i need to know the seat assignment',
    'could i find out what my savings balance is?',
  ])('when the text says %s, then it is a request', (text) => {
    expect(isRequestTurn(text)).toBe(true);
  });

  it.each([
    'what is my balance?',
    'when is my premium due?',
    'can you tell me the opening hours?',
    'may i know the routing number of the bank',
    'please tell me my account number',
    'can you tell me what the side effects of ibuprofen are?',
  ])('when the text asks a plain question or for a general fact (%s), then it is no request', (text) => {
    expect(isRequestTurn(text)).toBe(false);
  });

  it('when a look-up opens with "tell me", then it is no mere request for information', () => {
    expect(isInformationRequest('tell me my seat assignment for the flight')).toBe(false);
    expect(isInformationRequest('tell me the weather for the flight')).toBe(true);
  });

  it('when the model says informational on a look-up asked for with "could you tell me", then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: constantModel('informational') });
    expect(await classifier.categorise({ text: 'could you also tell me about the previous month bill', channel: 'chat' })).toBe('service_action');
  });

  it('when the model says service_action on such a look-up, then the information rule does not undo it', async () => {
    const classifier = createLocalClassifier({ model: constantModel('service_action') });
    expect(await classifier.categorise({ text: 'please tell me my seat number for my trip', channel: 'chat' })).toBe('service_action');
  });
});
