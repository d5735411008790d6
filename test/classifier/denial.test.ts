import { describe, expect, it } from 'vitest';
import { secondStage } from '../../src/classifier/local/local-classifier.ts';
import { deniesAnyEffect } from '../../src/classifier/safety/denial.ts';
import { foldText } from '../../src/classifier/safety/text.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

// Review sentences that deny any effect (issue #11, the precision side of drug-review sentences; LABELING.md,
// review sentence: a sentence that denies any effect is no report). The model leans to safety on "side effects"
// and a symptom; the guard has read each term as negated.
const negatedTerms = (text: string) => scanSafety(text).suppressed.filter((s) => s.reason === 'negated').map((s) => s.term);
const denies = (text: string) => deniesAnyEffect(foldText(text).folded, negatedTerms(text));

describe('a review sentence that denies any effect', () => {
  it.each([
    "I didn't get any cramps.",
    'Never had any vivid dreams or sleep-walking episodes.',
    'I did not feel irritable at all.',
    "I don't have panic attacks anymore",
    'i no longer had tremors.',
  ])('when a review sentence says %j, then the second stage sets a safety answer aside to informational', (text) => {
    expect(denies(text)).toBe(true);
    expect(secondStage(text, 'safety_compliance', 0.9)).toBe('denial');
  });

  it.each([
    ['an exception', 'no side effects except a dry mouth'],
    ['a contrast', "no nausea but I couldn't stay awake"],
    ['a start that implies a later change', 'At first I didn\'t notice any side effects.'],
    ['side effects denied (a first sentence of a side-effect field, or side effects that passed)', 'I honestly did not have any side effects.'],
    ['a lost ability', "I couldn't get an erection"],
    ['a need of the body lost', 'no sex drive at all'],
    ['"never ... so"', 'I never felt so sick in my life'],
    ['a hedge', 'I cannot be sure every side effect was due to the Clonazepam alone.'],
    ['harm in other words', 'no rash, it just made me sleepy all day'],
  ])('when the denial has %s, then it is not read as a denial', (_what, text) => {
    expect(denies(text)).toBe(false);
    expect(secondStage(text, 'safety_compliance', 0.9)).not.toBe('denial');
  });

  it('when the guard read no term as negated, then there is nothing denied', () => {
    expect(deniesAnyEffect(foldText('I feel fine').folded, [])).toBe(false);
  });
});
