import { describe, expect, it } from 'vitest';
import { deniesAnyEffect } from '../../src/classifier/safety/denial.ts';
import { foldText } from '../../src/classifier/safety/text.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

// The denial reading (safety/denial.ts) sets the model's safety answer aside on a sentence that only denies
// symptoms. Each word of an exception, a lost ability, "never ... so" or harm must keep the sentence OUT of it:
// "no nausea except in the evenings" tells of nausea. Each case is a pair: the sentence without the word is a
// denial (the control), the same sentence with it is not, so each word is checked on its own.
// Found by the targeted mutation run of 2026-12-07 (READINGS=posts): denial.ts 56% before these tests.

const negatedTerms = (text: string) => scanSafety(text).suppressed.filter((s) => s.reason === 'negated').map((s) => s.term);
const denies = (text: string) => deniesAnyEffect(foldText(text).folded, negatedTerms(text));

describe('a denial with a word that tells of an effect after all is no denial', () => {
  it.each([
    ['an exception', 'I did not have any nausea in the evenings.', 'I did not have any nausea except in the evenings.'],
    ['an exception (noun)', 'I did not have any nausea, on the whole.', 'I did not have any nausea, with the exception of evenings.'],
    ['a contrast', 'I did not have any nausea.', 'I did not have any nausea but.'],
    ['an attribution', 'I did not have any nausea.', 'I did not have any nausea I attributed to it.'],
    ['a lost ability (written without the apostrophe)', 'I did not feel any nausea.', 'I couldnt feel any nausea.'],
    ['a lost ability', 'I did not have any nausea.', "I couldn't have any nausea."],
    ['never ... so', 'I never had nausea.', 'I never had nausea this strong.'],
    ['a cause', 'I did not have any nausea, it did nothing.', 'I did not have any nausea, it caused nothing.'],
    ['a worsening', 'I did not have any nausea that lasted.', 'I did not have any nausea that worsened.'],
    ['a gain', 'I did not have nausea and ate nothing.', 'I did not have nausea and gained nothing.'],
    ['a hospital stay', 'I did not have nausea at home.', 'I was not hospitalized for nausea.'],
    ['a withdrawal', 'I did not have nausea at home.', 'I did not have nausea in withdrawal.'],
    ['a hurt', 'I did not have nausea at home.', 'I did not have nausea, my stomach was hurting.'],
    ['a problem', 'I did not have nausea, my day was at home.', 'I did not have nausea, my problem was at home.'],
    ['an issue', 'I did not have nausea, my day was at home.', 'I did not have nausea, my issue was at home.'],
  ])('when %s is added, then the sentence is no denial', (_kind, control, withWord) => {
    expect(negatedTerms(withWord).length).toBeGreaterThan(0);
    expect(denies(control)).toBe(true);
    expect(denies(withWord)).toBe(false);
  });

  it.each(['I did not have any reaction.', 'I did not have any reactions.', 'No side effect.'])(
    'when the denied term is a reaction or a side effect itself (%j), then the sentence is no denial (side effects denied may have passed)',
    (text) => {
      expect(negatedTerms(text).length).toBeGreaterThan(0);
      expect(denies(text)).toBe(false);
    },
  );

  it('when one of several denied terms names what the body needs, then the sentence is no denial', () => {
    expect(denies('No nausea and no dizziness.')).toBe(true);
    expect(denies('No nausea and no sex drive.')).toBe(false);
  });
});

describe('how much a denial may say', () => {
  it('when a blank follows the sentence, then it is still one sentence', () => {
    expect(denies('I did not have any nausea. ')).toBe(true);
  });

  it('when a second sentence follows, then it is no denial', () => {
    expect(denies('I did not have any nausea.')).toBe(true);
    expect(denies('I did not have any nausea. I did not have any rash.')).toBe(false);
  });

  it('when the sentence has 30 words, then it may be a denial; with 31, it is not', () => {
    const thirty =
      'I did not have any nausea or dizziness during the drive to the coast with my family in the car over the long weekend in the hills of the north';
    expect(thirty.split(' ')).toHaveLength(30);
    expect(denies(thirty)).toBe(true);
    expect(denies(`${thirty} country`)).toBe(false);
  });
});
