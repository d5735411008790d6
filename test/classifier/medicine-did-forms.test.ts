import { describe, expect, it } from 'vitest';
import { tellsWhatMedicineDid } from '../../src/classifier/safety/medicine-did.ts';

// The medicine-did reading (safety/medicine-did.ts) adds reports: a supposition it takes for one, or a word it
// takes for a medicine, is pinned here against a report told in the same words.

describe('what a medicine did: a supposition only just before the subject keeps the reading away', () => {
  it('when a hope stands many words before the medicine, then it is no supposition and the report is told', () => {
    expect(tellsWhatMedicineDid('hope the doctor calls back soon, prozac has me numb')).toBe(true);
  });

  it('when a fear word stands inside a sentence just before the medicine, then it is a supposition; without it a report', () => {
    expect(tellsWhatMedicineDid('i am scared paxil gives me brain zaps')).toBe(false);
    expect(tellsWhatMedicineDid('i am sure paxil gives me brain zaps')).toBe(true);
  });

  it('when a fear stands two words before the medicine, then it is a supposition; with no fear word it is a report', () => {
    expect(tellsWhatMedicineDid('i am afraid that my lexapro makes me numb')).toBe(false);
    expect(tellsWhatMedicineDid('i am sure that my lexapro makes me numb')).toBe(true);
  });
});

describe('what a medicine did: a word that only holds a plural class is no medicine', () => {
  it.each([
    ['premeds gave me a hard time in class'],
    ['medschool has me exhausted'],
  ])('when "%s", then it is not read as what a medicine did', (text) => {
    expect(tellsWhatMedicineDid(text)).toBe(false);
  });

  it('when the class stands alone, then it is (the control)', () => {
    expect(tellsWhatMedicineDid('meds gave me a hard time in class')).toBe(true);
    expect(tellsWhatMedicineDid('steroids got me exhausted')).toBe(true);
  });
});

describe('what a medicine did: the relief after a long subject is read', () => {
  it('when a long subject is followed by a relief, then it is not a report; followed by a harm, it is', () => {
    expect(tellsWhatMedicineDid('my new antidepressants have really made me feel like myself again')).toBe(false);
    expect(tellsWhatMedicineDid('my new antidepressants have really made me feel dizzy all day')).toBe(true);
  });
});
