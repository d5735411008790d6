import { describe, expect, it } from 'vitest';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import { secondStage } from '../../src/classifier/local/local-classifier.ts';

// A side effect told as a change of the body or of a function (src/classifier/safety/lexicon-changes.ts).
const fired = (text: string) => scanSafety(text).signals.map((s) => s.term);

describe('a side effect told as a change', () => {
  it.each([
    ['my hair got thinner on the methotrexate', 'hair got thinner'],
    ['Appetite seems to fluctuate.', 'Appetite seems to fluctuate'],
    ['A slight change in the colour of the treated eye.', 'change in the colour'],
    ['I have lost all interest in sex', 'lost all interest in sex'],
    ['Sensitivity to alcohol.', 'Sensitivity to alcohol'],
    ['Now I am unable to drink more than one beer in an evening', 'unable to drink more than one beer'],
    ['my periods stopped after two months on the pill', 'periods stopped'],
    // A drive or an ability lost.
    ['I lost all motivation on the sertraline', 'lost all motivation'],
    ['on lamotrigine I have trouble finding words', 'trouble finding words'],
    ['on the quetiapine it is difficult to shed any weight', 'difficult to shed any weight'],
    ['I yawn constantly on this pill', 'yawn constantly'],
    // What the medicine makes the body do.
    ['The drug makes one sweat.', 'makes one sweat'],
  ])('when the message says %j, then the guard fires on %j', (text, term) => {
    expect(fired(text)).toContain(term);
  });

  it('when the change is told with no medicine, as a statement, then the second stage reads it as a report', () => {
    expect(fired('my periods stopped completely')).toEqual([]);
    expect(secondStage('my periods stopped completely', 'informational', 0.2)).toBe('promoted');
  });

  it.each([
    // Asked about, in general: a health question.
    'can birth control make your periods stopped for good?',
    'Does metformin cause changes in appetite?',
    // A drive lost, asked about with no medicine: a health question.
    'no motivation to exercise, any tips?',
    'it is hard to lose weight, what diet works?',
    'does zoloft make you sweat?',
    // Denied.
    'no change in my appetite on the sertraline',
    // A change for the better is what the medicine is for, not one of these words.
    'my skin got clearer on the doxycycline',
  ])('when the message says %j, then no change fires', (text) => {
    expect(scanSafety(text).fired).toBe(false);
  });
});
