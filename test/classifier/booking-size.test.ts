import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { givesBookingSize } from '../../src/classifier/local/slot-turn.ts';

describe('a turn that gives a party size or a length of stay (LABELING.md, dialogue turn: service_action)', () => {
  it.each(['We will stay 3 nights.', 'It would be for five people.', 'is 2 nights possible?', 'a table for four please', 'make it a party of 6', 'there will be 8 guests'])(
    'when the text says %s, then it gives a booking detail',
    (text) => {
      expect(givesBookingSize(text)).toBe(true);
    },
  );

  it.each(['how much would 3 nights cost?', 'what is the price for two people?', 'how many people can the room sleep?', 'we are two friends travelling'])(
    'when the text asks a price or an amount, or names no party or stay (%s), then it gives none',
    (text) => {
      expect(givesBookingSize(text)).toBe(false);
    },
  );

  it('when the model says informational on a turn that gives a party size, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: constantModel('informational') });
    expect(await classifier.categorise({ text: 'It will be for 7 people.', channel: 'chat' })).toBe('service_action');
  });

  it('when the turn also tells of a symptom, then it is not moved to service_action', async () => {
    const classifier = createLocalClassifier({ model: constantModel('informational') });
    expect(await classifier.categorise({ text: 'We will stay 3 nights. I have had a bad headache for two nights', channel: 'chat' })).not.toBe('service_action');
  });
});
