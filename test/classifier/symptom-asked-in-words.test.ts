import { describe, expect, it } from 'vitest';
import { secondStage } from '../../src/classifier/local/local-classifier.ts';

// Issue #11, consumer health questions: a personal symptom with no medicine, asked in words with no
// question mark (voice transcripts, typed search-like queries), is informational (LABELING.md).
describe('second stage: a symptom with no medicine asked about in words', () => {
  it.each([
    'my son has had a fever since yesterday, should i take him in',
    'i have had a sore throat for a week and now my ear hurts what should i do',
    'i have had a cough for three weeks do i need an x-ray',
  ])('when the model says safety on "%s", then the model’s next category answers', (text) => {
    expect(secondStage(text, 'safety_compliance', 0.95)).toBe('demoted');
  });

  it('when the model says informational on such a question, then no promotion turns it into a report', () => {
    expect(secondStage('i have had a sore throat for a week and now my ear hurts what should i do', 'informational', 0.05)).toBeUndefined();
  });

  it.each([
    ['a medicine is named', 'my son has had a fever since his amoxicillin, should i take him in'],
    ['a shot is named', 'my arm has been swollen since the shot yesterday, should i go in'],
    ['a misuse is asked about, not a symptom', 'hi how can i report a stolen credit card'],
    ['nothing is asked', 'my son has had a fever since yesterday'],
  ])('when %s, then the safety answer stands', (_what, text) => {
    expect(secondStage(text, 'safety_compliance', 0.95)).toBeUndefined();
  });
});
