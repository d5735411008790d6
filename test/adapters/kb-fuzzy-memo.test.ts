import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { rememberFuzzyExpansions } from '../../src/adapters/embedded/kb-fuzzy-memo.ts';

const docs = [
  { id: 1, text: 'prescription transfer between pharmacies' },
  { id: 2, text: 'description of the delivery service' },
  { id: 3, text: 'transfers and refills' },
];
const indexOf = () => {
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], searchOptions: { fuzzy: 0.2, prefix: true } });
  index.addAll(docs);
  return index;
};

describe('remembered typo expansions of the knowledge-base index', () => {
  it('when a misspelt query is searched again and again, then every answer equals the unremembered index', () => {
    const plain = indexOf();
    const remembered = indexOf();
    expect(rememberFuzzyExpansions(remembered)).toBe(true);
    for (let round = 0; round < 3; round++) {
      for (const query of ['perscription transfr', 'transfr', 'descripton delivry', 'refils transfer']) {
        expect(remembered.search(query)).toEqual(plain.search(query));
      }
    }
  });

  it('when one search drops prefix matches from the expansion, then a later search without prefixes still gets them as typos', () => {
    const plain = indexOf();
    const remembered = indexOf();
    rememberFuzzyExpansions(remembered);
    expect(remembered.search('transfe')).toEqual(plain.search('transfe'));
    const typosOnly = { prefix: false, fuzzy: 0.2 };
    expect(remembered.search('transfe', typosOnly)).toEqual(plain.search('transfe', typosOnly));
    expect(plain.search('transfe', typosOnly).length).toBeGreaterThan(0);
  });

  it('when the memo is full, then it starts again and the answers stay the same', () => {
    const plain = indexOf();
    const remembered = indexOf();
    rememberFuzzyExpansions(remembered, 2);
    for (const query of ['transfr', 'delivry', 'refils', 'transfr', 'perscription']) expect(remembered.search(query)).toEqual(plain.search(query));
  });

  it('when the index has no term tree to reach (another minisearch version), then nothing is patched', () => {
    expect(rememberFuzzyExpansions({})).toBe(false);
  });
});
