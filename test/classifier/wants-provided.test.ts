import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isRequestTurn } from '../../src/classifier/local/request-turn.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

const ALWAYS_INFORMATIONAL = constantModel('informational');
const ALWAYS_SAFETY = constantModel('safety_compliance');

describe('a want typed in haste, a want of help with a task, a want of a service or an order (LABELING.md: service_action)', () => {
  it.each([
    'i like to purchase 10 gb plan',
    'i want purchase internet connection',
    'i wants t purchase internet',
    'i will like to change my billing address',
  ])('when a want lost its "to" or its "would" (%s), then it is a request', (text) => {
    expect(isRequestTurn(text)).toBe(true);
  });

  it.each([
    "Hello! I'd like some help making sure I RSVP to a party.",
    'I could use some help making an appointment with Dr. Alexis.',
    'Hi, I need help with a RSVP.',
    'i need help activating my new card',
  ])('when the customer wants help with a task (%s), then it is a request', (text) => {
    expect(isRequestTurn(text)).toBe(true);
  });

  it.each(['i want an internet connection', 'i need a phone connection', 'yes i want a new cable tv package', 'I would like a coffee now.'])(
    'when the customer wants a service set up or an order brought (%s), then it is a request',
    (text) => {
      expect(isRequestTurn(text)).toBe(true);
    },
  );

  it.each(['I need to plan a party can you help?', 'I need to plan a surprise party for a colleague, can you help make that happen?'])(
    'when a request ends by asking for help with it (%s), then it is a request',
    (text) => {
      expect(isRequestTurn(text)).toBe(true);
    },
  );

  it.each(['can you help?', 'what is the right dose of ibuprofen can you help?'])('when the help is all that is asked, or comes after a question (%s), then it is no request', (text) => {
    expect(isRequestTurn(text)).toBe(false);
  });

  it.each(['i need plan details', 'i like to read', 'i need help understanding my bill', 'I want to cancel my card, someone used it'])(
    'when the want is of information, of nothing done, or tells of a misuse (%s), then it is no request',
    (text) => {
      expect(isRequestTurn(text)).toBe(false);
    },
  );

  it('when the model says informational on a want of an internet connection, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_INFORMATIONAL });
    expect(await classifier.categorise({ text: 'i want an internet connection', channel: 'chat' })).toBe('service_action');
  });

  it.each([
    'i need help cancelling my card, it was stolen and someone bought things with it',
    'i want purchase a new card, there is a charge on my account i never made',
    "I'd like to report a reaction to the flu shot, I need help making an appointment",
    'I need help refilling my lisinopril, it gave me a rash and my lips are swelling',
  ])('when the request comes with a misuse or a reaction (%s), then the guard keeps it safety and a safety answer stays', async (text) => {
    expect(scanSafety(text).fired).toBe(true);
    const classifier = createLocalClassifier({ model: ALWAYS_SAFETY });
    expect(await classifier.categorise({ text, channel: 'chat' })).toBe('safety_compliance');
  });
});
