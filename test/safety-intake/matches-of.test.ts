import { describe, expect, it } from 'vitest';
import { matchesOf, negatedAt } from '../../src/safety-intake/text.ts';

const viaMatchAll = (re: RegExp, text: string) => Array.from(text.matchAll(new RegExp(re.source, re.flags)), (m) => ({ text: m[0], index: m.index }));

describe('matchesOf', () => {
  const cases: Array<[RegExp, string]> = [
    [/(?<![a-z])(?:rash|hives)(?![a-z])/g, 'a rash, then hives and a thrash of rash'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a😷b'],
    [/\p{L}*/gu, '😷é😷'],
    [/[.!?;:\n]|,\s*(?:but|and|then|so|pero|y)\b/g, 'no. but, and then; so: y\nthen'],
    [/missing/g, 'nothing here'],
  ];

  it('when a global regex is read, then it gives what matchAll gives, empty matches and surrogate pairs included', () => {
    for (const [re, text] of cases) expect(matchesOf(re, text)).toEqual(viaMatchAll(re, text));
  });

  it('when the same regex is read twice, then the second reading starts at the beginning again', () => {
    const re = /dizzy/g;
    expect(matchesOf(re, 'dizzy and dizzy')).toHaveLength(2);
    expect(re.lastIndex).toBe(0);
    expect(matchesOf(re, 'dizzy')).toEqual([{ text: 'dizzy', index: 0 }]);
  });

  it('when a regex is not global, then it throws as matchAll does', () => {
    expect(() => matchesOf(/rash/, 'rash')).toThrow(TypeError);
  });

  it('when a clause break sits between a negation and the word, then the word is not negated', () => {
    expect(negatedAt('no fever. rash', 'no fever. rash'.indexOf('rash'))).toBe(false);
    expect(negatedAt('no rash', 'no rash'.indexOf('rash'))).toBe(true);
  });
});
