import { describe, expect, it } from 'vitest';
import { tellsDoseOrWho } from '../../src/classifier/safety/dose-statement.ts';
import { foldText } from '../../src/classifier/safety/text.ts';

// The edges of the dose-statement reading (src/classifier/safety/dose-statement.ts): how a sentence is cut into
// words, what counts as an amount, and how long a sentence may be. Found by mutation testing
// (stryker.readings.config.mjs, group dose).
const dose = (text: string) => tellsDoseOrWho(foldText(text).folded);

describe('a dose statement, at its edges', () => {
  it.each([
    ['a trailing space', 'I take 20mg daily '],
    ['a closing full stop after a decimal dose', 'I take 2.5mg daily.'],
    ['a dose of two decimals', 'I take 0.25mg daily.'],
    ['a run of exclamation marks at the end', 'I take 20mg twice a day!!'],
    ['a colon with no space after it', 'Dosage:20mg once a day'],
    ['fifteen words', 'I take 20mg every morning and 20mg every night with food and 10mg at bedtime'],
  ])('when the sentence has %s (%j), then it still reads as a dose statement', (_what, text) => {
    expect(dose(text)).toBe(true);
  });

  it('when a sentence of dose words runs past fifteen words, then it is no dose statement (a long sentence may go on to an event)', () => {
    expect(dose('I take 20mg every morning and 20mg every night with food and then 10mg at bedtime')).toBe(false);
  });

  it.each([
    ['a weight gained, told as a number of pounds', 'I was on 20mg and went up 10lbs'],
    ['an illness named with a number in it', 'I was put on 20mg daily after covid19'],
  ])('when a word that starts or ends with digits is no amount (%s: %j), then it is no dose statement', (_what, text) => {
    expect(dose(text)).toBe(false);
  });
});
