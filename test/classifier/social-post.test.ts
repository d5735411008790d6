import { describe, expect, it } from 'vitest';
import { secondStage } from '../../src/classifier/local/local-classifier.ts';
import { isSocialPostOnMedicine } from '../../src/classifier/local/social-post.ts';

// A social-media post that names a medicine asks its questions of its readers (src/classifier/local/social-post.ts).
describe('a social-media post about a medicine, asked with a question mark', () => {
  it('when the model reads a tagged post on a medicine as a report, then its question mark does not set the report aside', () => {
    expect(secondStage('@sam anyone else on #lexapro feel this weird?', 'safety_compliance', 0.9)).toBeUndefined();
    // The same words with no tag: a health question.
    expect(secondStage('anyone else on lexapro feel this weird?', 'safety_compliance', 0.9)).toBe('asks_health');
  });

  it.each([
    // An e-mail address is no tag.
    'email me at sam@mail.com about my lexapro, is it ok?',
    // A number after # is an order number.
    'order #12 of lexapro, is it shipped?',
    // Tagged, but no medicine named.
    '@sam is there a #migraine clinic near you?',
  ])('when the message is %j, then it is no social post on a medicine', (text) => {
    expect(isSocialPostOnMedicine(text)).toBe(false);
    expect(secondStage(text, 'safety_compliance', 0.9)).toBe('asks_health');
  });

  it.each(['@sam lexapro made me so weird', '#zoloft week two and still off', 'week two on #zoloft'])('when the message is %j, then it is one', (text) => {
    expect(isSocialPostOnMedicine(text)).toBe(true);
  });
});
