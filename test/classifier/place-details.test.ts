import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isInformationRequest } from '../../src/classifier/local/information-request.ts';

describe('a request for the details of a place (LABELING.md: informational)', () => {
  it.each([
    'Can I get the address for the museum?',
    'May I have their phone number and postcode?',
    "Great. Could you give me the entrance fee, please?",
    'That sounds good. Please give me the address of the clinic',
    'could you tell me the star rating of that hotel',
    'could i get the price of the 5 gb package',
    'can you please tell me the banks routing number',
    'may I have your current savings rates?',
  ])('when the text says %s, then it asks for information', (text) => {
    expect(isInformationRequest(text)).toBe(true);
  });

  it.each(['could you send it to my new address?', 'can you give me a refill and the pharmacy phone number', 'Can I get the reference number for the booking?'])(
    'when something is sent to an address, an action is asked or a booking is confirmed (%s), then it is none',
    (text) => {
      expect(isInformationRequest(text)).toBe(false);
    },
  );

  it('when the model says service_action on a request for a place\'s address, then the answer is informational', async () => {
    const classifier = createLocalClassifier({ model: constantModel('service_action') });
    expect(await classifier.categorise({ text: "That's the one! Can you give me their address and postcode, please?", channel: 'chat' })).toBe('informational');
  });
});
