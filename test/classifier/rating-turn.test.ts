import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { givesRating } from '../../src/classifier/local/rating-turn.ts';

const ALWAYS_INFORMATIONAL = constantModel('informational');
const ALWAYS_SAFETY = constantModel('safety_compliance');

describe('a rating the customer gives (LABELING.md: the customer wants something recorded -> service_action)', () => {
  it.each([
    'give The Plague 2 out of 6 points',
    'I would rate this album 3 stars',
    'The Last Hawk gets a total of 3 out of 6 stars from me',
    "Your support line was slow today, I'd give it one star",
    'I give this saga a rating of 4',
    'this course deserves 5/5',
  ])('when the text says %s, then it gives a rating', (text) => {
    expect(givesRating(text)).toBe(true);
  });

  it.each([
    'does the Worth House have a star rating of 4?',
    'how many stars does the hotel get',
    'I need a 3 star guesthouse in the north',
    "I'm looking for places to stay that have 4 stars",
    'give me the weather for 6 pm',
  ])('when the text asks about a rating or only names a star class (%s), then it gives none', (text) => {
    expect(givesRating(text)).toBe(false);
  });

  it('when the model says informational on a rating given, then the answer is service_action and says why', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_INFORMATIONAL });
    const answer = await classifier.classify({ text: 'give this essay four stars', channel: 'chat' });
    expect(answer.category).toBe('service_action');
    expect(answer.reasoning).toContain('gives a rating');
  });

  it('when a rating names a medicine, then the model keeps its answer', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_INFORMATIONAL });
    expect(await classifier.categorise({ text: 'I would give lisinopril 4 out of 10', channel: 'chat' })).toBe('informational');
  });

  it.each([
    'I give this drug 2 stars, it gave me a terrible rash',
    "1 out of 10, since I started the new pills I've had chest pain",
  ])('when a rating comes with a side effect (%s), then safety stays', async (text) => {
    for (const model of [undefined, ALWAYS_SAFETY]) {
      const classifier = createLocalClassifier(model === undefined ? {} : { model });
      expect(await classifier.categorise({ text, channel: 'chat' })).toBe('safety_compliance');
    }
  });

  it("when a rating comes with a report of a reaction, then the answer is safety (\"I'd like to report a reaction\")", async () => {
    const classifier = createLocalClassifier();
    const text = "I'd like to report a reaction to the flu shot, my arm swelled up. I'd give the clinic 1 star";
    expect(await classifier.categorise({ text, channel: 'chat' })).toBe('safety_compliance');
  });
});
