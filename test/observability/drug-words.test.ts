import { describe, expect, it } from 'vitest';
import { namesDrug } from '../../src/classifier/safety/medication.ts';
import { namesDrugWord } from '../../src/observability/redact/drug-words.ts';

describe('drug words for the name finders', () => {
  const words = ['metformin', 'lisinopril', 'tylenol', 'ozempic', 'ana', 'brynmor', 'insulin', 'the', 'jake', 'atorvastatin', 'zzzcillin', 'john,', "o'neil", 'a-b', '', 'metformin pills', 'Metformin', 'cillin', 'amoxicillin2'];

  it('when a word is asked, then the answer is namesDrug’s answer for it, one token or not', () => {
    for (const word of words) expect(namesDrugWord(word), word).toBe(namesDrug(word));
    expect(namesDrugWord('metformin')).toBe(true);
    expect(namesDrugWord('zzzcillin')).toBe(true);
    expect(namesDrugWord('ana')).toBe(false);
    expect(namesDrugWord('metformin pills')).toBe(true);
  });

  it('when 20,000 random words are asked, then every answer is namesDrug’s', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const letters = 'abcdefghijklmnopqrstuvwxyz-0';
    for (let i = 0; i < 20_000; i++) {
      const word = Array.from({ length: 1 + (next() % 12) }, () => letters[next() % letters.length]).join('');
      expect(namesDrugWord(word)).toBe(namesDrug(word));
    }
  });
});
