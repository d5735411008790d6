import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isInformationRequest } from '../../src/classifier/local/information-request.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

const ALWAYS_SERVICE = constantModel('service_action');
const ALWAYS_SAFETY = constantModel('safety_compliance');

describe('a want of a place or a connection to be found, not yet booked (LABELING.md: an information request)', () => {
  it.each([
    'I need a place to stay that has free wifi.',
    'Yes. I also need a 4 star hotel.',
    "I'm looking for a 4 bedroom apartment higher than the 12th floor",
    'we want a cheap restaurant in the centre',
    'I need a flight from Pittsburgh to New York City for May 30th.',
  ])('when the text says %s, then it asks for information', (text) => {
    expect(isInformationRequest(text)).toBe(true);
  });

  it.each([
    "Yes, I'd like a taxi from the restaurant to the hotel, leaving by 18:45.",
    "I'd like a 4 star guesthouse. I need a room Monday for 5 nights and 8 people.",
    'I need a hotel room booking for my trip',
    'I need a table at a restaurant for tonight',
  ])('when the want is a ride, a booking with its party size, or on the customer\'s record (%s), then it is no information request', (text) => {
    expect(isInformationRequest(text)).toBe(false);
  });

  it('when the model says service_action on a want of a hotel, then the answer is informational', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_SERVICE });
    const answer = await classifier.classify({ text: 'I need a place to stay that is cheap.', channel: 'chat' });
    expect(answer.category).toBe('informational');
  });

  it.each([
    'I need a hotel near the hospital, my son had a seizure after his vaccine yesterday',
    "I'd like to report a reaction to the flu shot. We are looking for a hotel near the clinic for tonight",
  ])('when the want comes with a report of a reaction (%s), then the guard keeps it safety and a safety answer stays', async (text) => {
    expect(scanSafety(text).fired).toBe(true);
    const classifier = createLocalClassifier({ model: ALWAYS_SAFETY });
    expect(await classifier.categorise({ text, channel: 'chat' })).toBe('safety_compliance');
  });
});
