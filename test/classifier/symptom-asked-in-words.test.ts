import { describe, expect, it } from 'vitest';
import { secondStage } from '../../src/classifier/local/local-classifier.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import { ASKS_IN_WORDS, hasQuestionMark } from '../../src/classifier/safety/asking.ts';

// Issue #11, consumer health questions: a personal symptom with no medicine, asked in words with no
// question mark (voice transcripts, typed search-like queries), is informational (LABELING.md).
describe('second stage: a symptom with no medicine asked about in words', () => {
  it.each([
    'my son has had a fever since yesterday, should i take him in',
    'i have had a sore throat for a week and now my ear hurts what should i do',
    'i have had a cough for three weeks do i need an x-ray',
  ])('when the model says safety on "%s", then the model’s next category answers', (text) => {
    expect(secondStage(text, 'safety_compliance', 0.95)).toBe('asks_health');
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

  it.each(['What about my ear pain', 'Will the eye infection heal on its own', 'Would this lead to a eye infection'])(
    'when one short sentence opens with a question word and names no medicine (%s), then a safety answer is set aside',
    (text) => {
      expect(secondStage(text, 'safety_compliance', 0.9)).toBe('asks_health');
    },
  );

  it.each([
    ['it opens a review sentence with "when"', 'When I first began taking it, I felt strange and out of sorts'],
    ['it says what "can" happen to the writer', 'Can fall asleep at work or at the wheel with no warning'],
    ['it runs on past one sentence', 'What a week. My skin became dry and red all over'],
    ['it names a medicine', 'Would the keflex make me throw up'],
  ])('when %s, then the safety answer stands', (_what, text) => {
    expect(secondStage(text, 'safety_compliance', 0.9)).toBeUndefined();
  });

  it.each([
    'I am a 33 years old female with right lower abdominal pain, what could it be?',
    'i have chest pain when i climb stairs is that my heart',
  ])('when a personal symptom with nothing it could be a reaction to is asked about (%s), then the guard does not fire', (text) => {
    const scan = scanSafety(text);
    expect(scan.fired).toBe(false);
    expect(scan.suppressed.map((s) => s.reason)).toContain('no_medication');
  });

  it.each([
    ['a medicine is named', 'i have chest pain since the new metoprolol is that my heart'],
    ['nothing is asked', 'I have right lower abdominal pain since yesterday'],
  ])('when %s, then the guard still fires on the symptom', (_what, text) => {
    expect(scanSafety(text).fired).toBe(true);
  });

  it.each(['ok what about my ear pain', 'so what about my ear pain', 'okay,  will the eye infection heal on its own'])(
    'when the question word follows a filler (%s), then it still opens the question',
    (text) => {
      expect(secondStage(text, 'safety_compliance', 0.9)).toBe('asks_health');
    },
  );

  it('when the question runs to twenty words, then it is short enough; at twenty-one it is not', () => {
    const twenty = 'what about the pain in my lower back that comes and goes every few days and gets worse at night';
    expect(twenty.split(' ')).toHaveLength(20);
    expect(secondStage(twenty, 'safety_compliance', 0.9)).toBe('asks_health');
    expect(secondStage(`${twenty} too`, 'safety_compliance', 0.9)).toBeUndefined();
    expect(secondStage(`  ${twenty}  `, 'safety_compliance', 0.9)).toBe('asks_health');
  });

  it('when two sentences are split by a stop and two spaces, then it is not one short question', () => {
    expect(secondStage('What a week.  My skin became dry and red all over', 'safety_compliance', 0.9)).toBeUndefined();
  });

  it('when the model says informational on one short question about a symptom, then no statement promotion turns it into a report', () => {
    expect(secondStage('What about my ear pain', 'informational', 0.05)).toBeUndefined();
    // The same symptom stated, not asked, is still read as a report.
    expect(secondStage('My ear pain is back', 'informational', 0.05)).toBe('promoted');
  });
});

describe('second stage: a question mark lost for an apostrophe is no question', () => {
  it.each([
    ['an apostrophe', 'Fever and body aches after the shot, and an asthma attack that night. I haven?t had one in 20 years.'],
    ['a quotation mark before a number', 'Sore arm and chills after the second dose (?102 degrees).'],
  ])('when a "?" runs into a letter or a digit (%s), then the statement is not set aside as a question', (_what, text) => {
    expect(hasQuestionMark(text)).toBe(false);
    expect(secondStage(text, 'safety_compliance', 0.95)).not.toBe('asks_health');
  });

  it('when a "?" ends a question, then it still asks', () => {
    expect(hasQuestionMark('Could a sinus infection cause loss of taste?')).toBe(true);
    expect(hasQuestionMark('is this normal? i feel dizzy')).toBe(true);
    expect(secondStage('Could a sinus infection cause loss of taste?', 'safety_compliance', 0.95)).toBe('asks_health');
  });
});

describe('a question asked as "I want to know if"', () => {
  it('when a symptom with no medicine is asked about as "wants to know if", then the guard does not fire and the second stage does not promote it', () => {
    const text = 'my son has had a fever since yesterday and my wife wants to know if we should take him in';
    expect(ASKS_IN_WORDS.test(text)).toBe(true);
    expect(scanSafety(text).fired).toBe(false);
    expect(secondStage(text, 'informational', 0.3)).toBeUndefined();
  });

  it('when "I want to know" asks for the customer\'s own record, then it is no question of this kind', () => {
    expect(ASKS_IN_WORDS.test('I want to know the status of my claim')).toBe(false);
  });
});

