import { describe, expect, it } from 'vitest';
import { namesDrug } from '../../src/classifier/safety/medication.ts';
import { namesDrugWord } from '../../src/observability/redact/drug-words.ts';

describe('drug words remembered for the name finders', () => {
  const words = ['metformin', 'lisinopril', 'tylenol', 'ozempic', 'ana', 'brynmor', 'insulin', 'the', 'jake', 'atorvastatin', 'zzzcillin', 'john,', "o'neil", 'a-b', '', 'metformin pills'];

  it('when a word is asked twice, then both answers are namesDrug’s answer for it', () => {
    for (const word of words) {
      expect(namesDrugWord(word)).toBe(namesDrug(word));
      expect(namesDrugWord(word)).toBe(namesDrug(word));
    }
    expect(namesDrugWord('metformin')).toBe(true);
    expect(namesDrugWord('ana')).toBe(false);
  });

  it('when more words are asked than it keeps, then it forgets them and still answers as namesDrug does', () => {
    for (let i = 0; i < 20_050; i++) namesDrugWord(`word${i}in`);
    for (const word of words) expect(namesDrugWord(word)).toBe(namesDrug(word));
    expect(namesDrugWord('word7in')).toBe(namesDrug('word7in'));
  });
});
