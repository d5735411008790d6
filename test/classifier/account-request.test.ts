import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isRoutineAccountRequest } from '../../src/classifier/local/account-request.ts';

const ALWAYS_SAFETY = constantModel('safety_compliance');

describe('routine account work (LABELING.md: a billing dispute on a purchase made, a look-up or a change on the own account is service_action)', () => {
  it.each([
    'how much money do i have in my savings account',
    'could you tell me the available balance on my checking',
    'please send me my last bank statement',
    'i need to transfer money from my savings to my checking',
    'move 200 dollars of funds to another account please',
    'send the money from my account to the other one',
    'i moved, please update my billing address',
    'i want to close my joint account',
    'block my debit card for now please',
    'what is the status of my insurance claim',
    'i filed a claim on monday and want to check on my claim',
    'there is a mistake on my phone bill this month',
    'my card bill has an extra fee on it',
    'i was charged twice for the same order',
    'please reverse the late charges on my card',
    'i bought shoes for 40 but the statement shows 60',
  ])('when the text says %s, then it is routine account work', (text) => {
    expect(isRoutineAccountRequest(text)).toBe(true);
  });

  it.each([
    'there is a charge on my bill that i do not recognise',
    'a charge on my card i never made, please reverse it',
    'someone moved money from my account to another account',
    'there was an extra charge on my bill that should not be there',
    'money is missing from my account balance',
    'my statement shows charges made without my permission',
    'a withdrawal was taken from my savings account balance',
    'the extra charge on my bill is not mine',
    'my card was stolen, block my card',
  ])('when the text tells of money the customer cannot account for (%s), then it is no routine work', (text) => {
    expect(isRoutineAccountRequest(text)).toBe(false);
  });

  it.each(['i keep losing my balance since the new pills', 'the pharmacist gave me the wrong amount of tablets', 'what is the capital of france'])(
    'when no account is spoken of (%s), then it is no account work',
    (text) => {
      expect(isRoutineAccountRequest(text)).toBe(false);
    },
  );

  it('when the model says safety on routine account work the guard finds nothing in, then the answer is service_action and says why', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_SAFETY });
    const text = 'there is an error in my credit card bill, they charged me extra';
    const answer = await classifier.classify({ text, channel: 'chat' });
    expect(answer.category).toBe('service_action');
    expect(answer.reasoning).toContain('routine account work');
    expect(await classifier.categorise({ text, channel: 'chat' })).toBe('service_action');
  });

  it('when the account work comes with a charge the customer does not recognise, then safety stays', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_SAFETY });
    const text = 'there is an extra charge on my credit card bill that i do not recognize';
    expect(await classifier.categorise({ text, channel: 'chat' })).toBe('safety_compliance');
  });
});
