import { describe, expect, it } from 'vitest';
import { secondStage } from '../../src/classifier/local/local-classifier.ts';
import { isBenefitStatement } from '../../src/classifier/safety/benefit.ts';

// The edges of the benefit reading (benefit.ts) that benefit.test.ts does not name: what a medicine can be
// credited with when no symptom is named, the questions that ask for a treatment, the length and whitespace
// of a message, and where a relief word must stand. Found by mutation testing (README, "Mutation testing").

const LONG_REVIEW_WORDS =
  'I have been on it for about six months now and it has reduced my migraines to maybe one a month and I am able to go to ' +
  'work every day and play with my kids in the afternoon and cook dinner for the family and go for long walks with the dog';

describe('benefit statements: a state of the body credited, with no symptom named', () => {
  it.each([
    'Now sleeping like a baby, works wonders.',
    'No more breakout on my chin.',
    'My bowel is regular again, works great.',
    'Much better concentration at work.',
    'Back to normal functioning.',
    'It really helped my craving at night.',
    'Really helped with the urge to snack.',
    'I have been feeling like myself again, I recommend it.',
    'Emotionally more stable now.',
    'Less anxious in crowds, works great.',
    'My son breathes easier at night.',
    "Haven't had a single outbreak since, highly recommend.",
    'Stronger bone density, works great.',
    'Everything healed up fast, works wonders.',
    'Much healthier now, highly recommend.',
    'Best treatment I ever had, works great.',
    'This therapy works wonders.',
    'Both therapies worked wonders.',
    'I have benefited a lot, would recommend.',
    'I am so relieved, it works great.',
    'Effective for the patient, would recommend.',
  ])('when a sentence credits a medicine with a state of the body (%j), then it is a benefit statement', (text) => {
    expect(isBenefitStatement(text)).toBe(true);
  });

  it('when a sentence credits a named medicine with nothing else named, then it is a benefit statement', () => {
    expect(isBenefitStatement('Lisinopril works great.')).toBe(true);
    // The same praise with no medicine and nothing of health credits nothing.
    expect(isBenefitStatement('The new parking works great.')).toBe(false);
  });
});

describe('benefit statements: a question is not one', () => {
  it.each([
    ['a question mark', 'Is there anything that works great for migraines?'],
    ['"can you" with no question mark', 'Can you recommend something that works great for eczema'],
    ['a greeting before "can you"', 'Hey can you recommend something that works great for eczema'],
    ['a greeting before "could someone"', 'Hi could someone suggest what works well for hives'],
  ])('when the writer asks for a treatment (%s), then it is not a benefit statement', (_what, text) => {
    expect(isBenefitStatement(text)).toBe(false);
  });

  it('when "could" and "you" only meet across a comma of a statement, then it is still a benefit statement', () => {
    expect(isBenefitStatement('It cleared up my acne like nothing else could, you have to try it.')).toBe(true);
  });
});

describe('benefit statements: the length and the whitespace of the message', () => {
  it('when a one-sentence review has 60 words, then it is still read; at 61 words it is left to the model', () => {
    const sixty = `${LONG_REVIEW_WORDS} on weekends and I would recommend it.`;
    const sixtyOne = `${LONG_REVIEW_WORDS} on the weekends and I would recommend it.`;
    expect(sixty.split(' ')).toHaveLength(60);
    expect(isBenefitStatement(sixty)).toBe(true);
    expect(isBenefitStatement(sixtyOne)).toBe(false);
    expect(isBenefitStatement(`${LONG_REVIEW_WORDS} on the weekend and I would recommend it to anyone who asks me about it.`)).toBe(false);
  });

  it.each([
    ['a leading space', ' Reduced my joint pain within a week.'],
    ['trailing spaces', 'Reduced my joint pain within a week.   '],
    ['a trailing line break', 'No more hot flashes at night.\n'],
    ['a leading no-break space (copied from a web page)', '\u00a0Reduced my joint pain within a week.'],
  ])('when a pasted benefit statement carries %s, then it is still one sentence and a benefit statement', (_what, text) => {
    expect(isBenefitStatement(text)).toBe(true);
    expect(secondStage(text, 'safety_compliance', 0.9)).toBe('benefit');
  });
});

describe('benefit statements: where the relief word stands', () => {
  it('when the relief word follows the symptom with no "was" ("Hot flashes reduced within a week"), then the symptom is relieved', () => {
    expect(isBenefitStatement('Hot flashes reduced within a week.')).toBe(true);
  });

  it('when a relief word comes only far after a symptom it does not name, then that symptom is not relieved', () => {
    expect(isBenefitStatement('Dizziness for the first few days, then my blood pressure was lowered nicely.')).toBe(false);
  });

  it.each([
    ['words between the two symptoms that are no list', 'Relieved my headaches for a week and dizziness every morning.'],
    ['a list word followed by more words', 'It eliminated my headaches and within a week dizziness.'],
  ])('when a second symptom follows a relieved one with %s, then it is not relieved with it', (_what, text) => {
    expect(isBenefitStatement(text)).toBe(false);
  });

  it('when the relief phrase opens a short message right before the symptom, then the symptom is relieved', () => {
    expect(isBenefitStatement('Relief for my migraines came fast, would recommend to all.')).toBe(true);
  });
});
