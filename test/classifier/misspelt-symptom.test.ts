import { describe, expect, it } from 'vitest';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import { editDistance, misspeltSymptom } from '../../src/classifier/safety/misspelt.ts';
import { NEAR_WORDS } from '../../src/classifier/safety/misspelt-near.ts';

// A symptom word misspelt in a way the lexicon does not spell out (src/classifier/safety/misspelt.ts).
const signals = (text: string) => scanSafety(text).signals.map((s) => `${s.kind}:${s.term}`);

describe('a misspelt symptom word is read as the symptom', () => {
  it.each([
    // A review's side-effect field: the misspelt word alone, as a bare statement of it.
    ['Diahharea', ['adverse_event:Diahharea']],
    ['awful driness on my hands', ['adverse_event:driness']],
    // Judged as the lexicon's own word would be: with a medicine or an experience cue.
    ['naussea and insommnia since I started the pills', ['adverse_event:naussea', 'adverse_event:insommnia']],
    ['the new pill gives me a bad headace', ['adverse_event:headace']],
    ['horrible fatige on metformin', ['adverse_event:fatige']],
    // A tweet's words: withdrawal from a named medicine, misspelt.
    ['going thru effexor withdrawl', ['adverse_event:withdrawl']],
  ])('when the message says %j, then the guard fires %j', (text, expected) => {
    expect(signals(text)).toEqual(expected);
  });

  it.each([
    // Negated or asked in general, as the word spelt right would be.
    'no naussea at all on metformin',
    'can metformin cause diahharea?',
    // English words one edit from a symptom word are themselves.
    'I love spelling bees',
    'the camping trip was fun',
    'what is the conclusion of the study',
    // Another form of a word, not a misspelling of it: two edits that change its ending.
    'The Zyprexa reduced my agitative episodes',
    // Too short to tell a misspelling from another word.
    'a nausa on metformin',
  ])('when the message says %j, then no misspelling fires', (text) => {
    expect(scanSafety(text).signals.filter((s) => s.kind === 'adverse_event' && /naus|diah|spell|camp|conclu|agita/i.test(s.term))).toEqual([]);
  });
});

describe('the distance a misspelling may have', () => {
  it.each([
    ['driness', 'dryness'],
    ['insommnia', 'insomnia'],
    ['diahharea', 'diahrea'],
    ['nauesa', 'nausea'],
  ])('when the word is %j, then it stands for %j', (word, symptom) => {
    expect(misspeltSymptom(word, NEAR_WORDS)).toBe(symptom);
  });

  it.each([
    // The first letter is kept by a misspelling.
    'fiarrhea',
    // Two edits in a word of fewer than nine letters.
    'nauzeya',
    // A symptom word spelt right is the lexicon's.
    'nausea',
    // An English word near a symptom word.
    'spelling',
  ])('when the word is %j, then it stands for no symptom', (word) => {
    expect(misspeltSymptom(word, NEAR_WORDS)).toBeUndefined();
  });

  it('counts a swap of two letters as one edit, and stops past the most it is asked for', () => {
    expect(editDistance('nuasea', 'nausea', 2)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('diarrhea', 'diarrhea', 2)).toBe(0);
  });
});
