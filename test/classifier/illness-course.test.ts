import { describe, expect, it } from 'vitest';
import { secondStage } from '../../src/classifier/local/local-classifier.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import { tellsIllnessCourse, tellsNoEffect } from '../../src/classifier/safety/illness-course.ts';
import { foldText } from '../../src/classifier/safety/text.ts';

const folded = (text: string) => foldText(text).folded;

// Review sentences of psychiatric drugs that report no adverse event (issue #11; LABELING.md, review sentence):
// the illness's own course told as history or as the reason for the medicine, and a medicine that did not work.
describe('the illness told as history or as the reason for a medicine', () => {
  it.each([
    'I was so anxious I could not leave the house for months before I started',
    'before zoloft I cried every day and felt hopeless',
    'I have suffered from depression since I was 15',
    'my psychiatrist says I have treatment resistant depression',
    'I was diagnosed with ADHD at 32 after years of struggling at work',
    'I was taking it for PTSD and nightmares',
    'my anxiety made me throw up before work every morning',
    'my panic attacks were so bad I stopped driving',
  ])('when a review sentence tells %j, then it reads as the illness course', (text) => {
    expect(tellsIllnessCourse(folded(text))).toBe(true);
  });

  it.each([
    ['a symptom denied before the medicine', 'I never had panic attacks before I started this'],
    ['a clause after the time before', 'I was fine before I started and now I get headaches'],
    ['an onset after starting', 'I have had depression since starting it, and for years before that'],
    ['a symptom that began later', 'around week 3 I started having bad anxiety attacks'],
    ['a treatment followed by an illness', 'I came down with pneumonia after the first treatment'],
    ['a comparison with before the pill', 'I felt very anxious, much more than before going on the pill'],
    ['a symptom suffered with no long time', 'I suffered from a sore throat and a blocked nose'],
    ['a side effect that passed', 'at first some insomnia, which went away after a couple of weeks'],
    ['a reason and a duration only', 'been taking seroquel for 2 weeks and I cannot stop eating'],
    ['a question', 'I have had depression since I was 15, can I take it?'],
    ['the illness made worse', 'my anxiety got so much worse on it'],
    ['the illness after starting', 'my depression was unbearable after starting it'],
    ['an event in a case report beside the indication', 'Gynecomastia occurred in a man taking spironolactone for heart failure.'],
    ['an event developed by a patient on a drug for a disease', 'He developed a rash while taking allopurinol for gout.'],
  ])('when the sentence tells of %s, then it is no illness course', (_what, text) => {
    expect(tellsIllnessCourse(folded(text))).toBe(false);
  });

  it('when the model answers safety on such a sentence and the guard hears nothing, then the second stage sets it aside to informational', () => {
    expect(secondStage('before zoloft I cried every day and felt hopeless', 'safety_compliance', 0.69)).toBe('history');
  });

  it('when the model answers informational on such a sentence, then it is not promoted to a report', () => {
    expect(secondStage('my psychiatrist says I have treatment resistant depression', 'informational', 0.45, 'en', 0.55)).toBeUndefined();
  });
});

describe('a medicine that did not work', () => {
  it.each(['did nothing for my anxiety', 'no change at all after 8 weeks on 100mg', 'zero effect, might as well have been a sugar pill', 'I had taken Wellbutrin for years and it stopped working.', 'it never really kicked in for me'])(
    'when a review sentence tells %j, then it reads as no effect',
    (text) => {
      expect(tellsNoEffect(folded(text))).toBe(true);
    },
  );

  it.each([
    ['a harm beside it', 'did nothing for my anxiety and gave me headaches'],
    ['a side effect after a contrast', "Worked less well on some nights, woke up halfway through, a bit of a hangover effect"],
    ['a reaction that stopped the use', 'stinging and redness, so I had to stop using it, and it did not work for me'],
    ['more than one sentence', 'It did not work. I was dizzy all the time.'],
  ])('when the sentence also tells of %s, then it is no mere lack of effect', (_what, text) => {
    expect(tellsNoEffect(folded(text))).toBe(false);
  });

  it('when the model answers safety on such a sentence and the guard hears nothing, then the second stage sets it aside to informational', () => {
    expect(secondStage('zero effect, might as well have been a sugar pill', 'safety_compliance', 0.8)).toBe('no_effect');
  });
});

describe('the guard on the illness course and on a medicine that did not work', () => {
  it.each([
    "I couldn't get out of bed for months before I started",
    'irritable all the time, snapping at everyone, before any meds',
    'didnt touch my depression even at the max dose',
  ])('when a review sentence tells %j, then the guard reads its symptoms as what the medicine is for', (text) => {
    const scan = scanSafety(text);
    expect(scan.fired).toBe(false);
    expect(scan.suppressed.some((s) => s.reason === 'indication')).toBe(true);
  });

  it.each([
    'I was fine before I started and now I get panic attacks every day',
    'no improvement and my hair is falling out',
    'Low sex drive, before i started this drug i was 22 and full of energy',
  ])('when the sentence ties a symptom to the medicine (%j), then the guard still fires', (text) => {
    expect(scanSafety(text).fired).toBe(true);
  });
});
