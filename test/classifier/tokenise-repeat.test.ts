import { describe, expect, it } from 'vitest';
import { displaySpans, tokenise } from '../../src/classifier/local/tokenise.ts';

describe('tokenise with its one shared token regex', () => {
  it('when texts are tokenised one after another, then each reading starts at its own beginning', () => {
    expect(tokenise("I can't take 20mg 😷 anymore")).toEqual(['i', 'cant', 'take', '0mg', '😷', 'anymore']);
    expect(tokenise('Rash’s back')).toEqual(['rashs', 'back']);
    expect(tokenise("I can't take 20mg 😷 anymore")).toEqual(['i', 'cant', 'take', '0mg', '😷', 'anymore']);
    expect(tokenise('')).toEqual([]);
  });

  it('when a display is asked between tokenisations, then its words still align with the tokens', () => {
    const text = 'Order 123456 for O’Neil, please';
    const show = displaySpans(text, tokenise(text).length);
    expect(tokenise('other text')).toEqual(['other', 'text']);
    expect(show?.(0, 1)).toBe('Order #');
    expect(show?.(3, 4)).toBe('O’Neil, please');
  });
});
