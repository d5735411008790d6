import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isRequestTurn } from '../../src/classifier/local/request-turn.ts';

describe('requests for something to be arranged (LABELING.md: the customer wants something done -> service_action)', () => {
  it.each([
    'could you help me arrange a farewell dinner for my team?',
    'can u help us plan a birthday party',
    'please help me rsvp to the wedding',
    "Hi, I'm Sam and would like to RSVP to the launch party",
    'i was hoping to book a flu shot',
    "I'm interested in viewing the flat on Elm Street",
    "I'd like an appointment with the dermatologist",
    'we need a table for four near the river',
    'i want a refund for the broken kettle',
    'I would like a callback from the pharmacist',
  ])('when the text says %s, then it is a request', (text) => {
    expect(isRequestTurn(text)).toBe(true);
  });

  it.each([
    "I'm interested in getting a phone plan, what plans do you have",
    'can you help me understand my plan?',
    'I would like information about your flu shots',
    "I'd like an appointment, how much does it cost?",
    'we need a place to stay in the north',
  ])('when the text asks, wants information or names nothing to arrange (%s), then it is no request', (text) => {
    expect(isRequestTurn(text)).toBe(false);
  });

  it('when the model says informational on a wish for an appointment, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: constantModel('informational') });
    expect(await classifier.categorise({ text: 'Hello, I am Dana and I would like an appointment with Dr. Patel', channel: 'chat' })).toBe('service_action');
  });
});
