import { describe, expect, it } from 'vitest';
import { editDistance, misspeltSpans, misspeltSymptom } from '../../src/classifier/safety/misspelt.ts';
import { NEAR_WORDS } from '../../src/classifier/safety/misspelt-near.ts';

// Every symptom word of the misspelling reading (src/classifier/safety/misspelt.ts) and the edges of its distance
// and of the message scan. Found by mutation testing (stryker.readings.config.mjs, group misspelt): a symptom word
// no test misspells is a reading nobody protects.
const MISSPELT: readonly [string, string][] = [
  ['diarrhhea', 'diarrhea'],
  ['diarrhoae', 'diarrhoea'],
  ['diarea', 'diarhea'],
  ['diarera', 'diarrea'],
  ['diahera', 'diahrea'],
  ['constiption', 'constipation'],
  ['constiated', 'constipated'],
  ['dizziess', 'dizziness'],
  ['drowsiess', 'drowsiness'],
  ['drynss', 'dryness'],
  ['nauseea', 'nausea'],
  ['nauseus', 'nauseous'],
  ['nauseted', 'nauseated'],
  ['vomitng', 'vomiting'],
  ['headahe', 'headache'],
  ['headahes', 'headaches'],
  ['migrane', 'migraine'],
  ['migranes', 'migraines'],
  ['insomia', 'insomnia'],
  ['fatiue', 'fatigue'],
  ['tiredess', 'tiredness'],
  ['swellng', 'swelling'],
  ['swolen', 'swollen'],
  ['itchng', 'itching'],
  ['itchiess', 'itchiness'],
  ['bloatng', 'bloating'],
  ['bloaed', 'bloated'],
  ['crampng', 'cramping'],
  ['hearturn', 'heartburn'],
  ['palpitaions', 'palpitations'],
  ['weaknss', 'weakness'],
  ['numbnss', 'numbness'],
  ['tinglng', 'tingling'],
  ['lighthaded', 'lightheaded'],
  ['lightheaedness', 'lightheadedness'],
  ['irritablity', 'irritability'],
  ['irritble', 'irritable'],
  ['anxity', 'anxiety'],
  ['depresion', 'depression'],
  ['depresed', 'depressed'],
  ['nightmres', 'nightmares'],
  ['hallucintions', 'hallucinations'],
  ['confuion', 'confusion'],
  ['sweatng', 'sweating'],
  ['restlesness', 'restlessness'],
  ['lethagy', 'lethargy'],
  ['lethagic', 'lethargic'],
  ['exhausion', 'exhaustion'],
  ['exhauted', 'exhausted'],
  ['indigetion', 'indigestion'],
  ['flatulnce', 'flatulence'],
  ['breakuts', 'breakouts'],
  ['bruisng', 'bruising'],
  ['bleedng', 'bleeding'],
  ['nosebleds', 'nosebleeds'],
  ['tremrs', 'tremors'],
  ['seizues', 'seizures'],
  ['jittry', 'jittery'],
  ['jitterness', 'jitteriness'],
  ['moodiess', 'moodiness'],
  ['forgetflness', 'forgetfulness'],
  ['groggiess', 'grogginess'],
  ['dehydrtion', 'dehydration'],
  ['dehydrted', 'dehydrated'],
  ['irritaion', 'irritation'],
  ['rednss', 'redness'],
  ['blured', 'blurred'],
  ['blurrry', 'blurry'],
  ['blurriess', 'blurriness'],
  ['vertgo', 'vertigo'],
  ['tinnius', 'tinnitus'],
  ['agitaion', 'agitation'],
  ['parania', 'paranoia'],
  ['impotnce', 'impotence'],
  ['hypoglyemia', 'hypoglycemia'],
  ['blistrs', 'blisters'],
  ['twitcing', 'twitching'],
  ['sorenss', 'soreness'],
  ['stiffess', 'stiffness'],
  ['discomort', 'discomfort'],
  ['faintng', 'fainting'],
  ['hivees', 'hives'],
  ['withdrwal', 'withdrawal'],
  ['withdrwals', 'withdrawals'],
  ['drowssy', 'drowsy'],
  ['grogggy', 'groggy'],
  ['sleeppy', 'sleepy'],
  ['sweatty', 'sweaty'],
  ['twithy', 'twitchy'],
  ['zombiie', 'zombie'],
];

describe('each symptom word, misspelt', () => {
  it.each(MISSPELT)('when the word is %j, then it stands for %j', (word, symptom) => {
    expect(misspeltSymptom(word, NEAR_WORDS)).toBe(symptom);
  });
});

describe('the distance of a misspelling, at its edges', () => {
  it('when two words differ in length by more than the most asked for, then the distance is one past that most', () => {
    expect(editDistance('nausea', 'nauseousness', 2)).toBe(3);
  });

  it('when the second word is as long as the distance table or longer, then it is declared beyond the most asked for', () => {
    expect(editDistance('a'.repeat(64), 'a'.repeat(64), 2)).toBe(3);
    expect(editDistance('a'.repeat(70), 'a'.repeat(70), 2)).toBe(3);
  });

  it('when one word is empty, then the distance is the length of the other', () => {
    expect(editDistance('x', 'abc', 3)).toBe(3);
    expect(editDistance('', 'abc', 3)).toBe(3);
    expect(editDistance('abc', '', 3)).toBe(3);
  });

  it('when the distance table of an earlier call is reused, then its last row does not lower the next distance', () => {
    expect(editDistance('abc', 'abc', 3)).toBe(0);
    expect(editDistance('c', 'abc', 3)).toBe(2);
  });

  it.each([
    ['ab', 'cd'],
    ['ab', 'bd'],
    ['ab', 'ca'],
  ])('when %j and %j differ by two letters that are no swap, then the distance is 2', (a, b) => {
    expect(editDistance(a, b, 2)).toBe(2);
  });

  it('when a word of fewer than nine letters is two edits from a symptom word, even with its ending kept, then it stands for no symptom', () => {
    expect(misspeltSymptom('nawsiea', NEAR_WORDS)).toBeUndefined();
  });

  it('when a word of five letters is one edit from a symptom word, then it is too short to stand for it', () => {
    expect(misspeltSymptom('nausa', NEAR_WORDS)).toBeUndefined();
  });
});

describe('the misspelt words of a message', () => {
  const text = 'bad diahharea today';
  const word = { start: 4, end: 13 };

  it('when a message has a misspelt symptom word, then its span and symptom are found, and no other word', () => {
    expect(misspeltSpans(text, [], NEAR_WORDS)).toEqual([{ span: word, symptom: 'diahrea' }]);
    expect(misspeltSpans('nothing misspelt in this message', [], NEAR_WORDS)).toEqual([]);
  });

  it('when the lexicon already matched the word, then it is not found again', () => {
    expect(misspeltSpans(text, [word], NEAR_WORDS)).toEqual([]);
    expect(misspeltSpans(text, [{ start: 8, end: 20 }], NEAR_WORDS)).toEqual([]);
  });

  it('when the lexicon matched the words right before and right after it, then it is still found', () => {
    expect(misspeltSpans(text, [{ start: 0, end: 4 }, { start: 13, end: 19 }], NEAR_WORDS)).toEqual([{ span: word, symptom: 'diahrea' }]);
  });
});
