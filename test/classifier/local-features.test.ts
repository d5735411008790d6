import { describe, expect, it } from 'vitest';
import { buildCharTrie, visitCharGrams } from '../../src/classifier/local/char-trie.ts';
import { summarise, urgencyFor } from '../../src/classifier/local/describe.ts';
import { CHAR_PREFIX, countFeatures, tokensFor, visitFeatures, weigh, type FeatureConfig } from '../../src/classifier/local/features.ts';
import { detectLanguage } from '../../src/classifier/local/language.ts';
import { foldText, tokenise } from '../../src/classifier/local/tokenise.ts';

const config: FeatureConfig = { word_ngrams: 2, char_ngram_min: 2, char_ngram_max: 5, char_weight: 1.4, max_chars: 2000 };

describe('tokenise', () => {
  it('when text has case, accents and numbers, then they are folded', () => {
    expect(foldText('Náusea con 10MG de Losartán')).toBe('nausea con 0mg de losartan');
    expect(foldText('Tôi bị đau')).toBe('toi bi dau');
  });

  it('when a chat has contractions, punctuation and emoji, then words and emoji are tokens', () => {
    expect(tokenise("I can't breathe!! 😟 since 2 days…")).toEqual(['i', 'cant', 'breathe', '😟', 'since', '0', 'days']);
  });

  it('when a message is longer than max_chars, then only the head is read', () => {
    expect(tokensFor(`${'word '.repeat(1000)}tail`, { ...config, max_chars: 100 })).not.toContain('tail');
  });
});

describe('features', () => {
  it('when a text is visited, then unigrams, bigrams and bounded character n-grams come out', () => {
    const keys: string[] = [];
    visitFeatures(['my', 'rash'], config, (key) => keys.push(key));
    expect(keys).toEqual(expect.arrayContaining(['my', 'my rash', 'rash', `${CHAR_PREFIX}<r`, `${CHAR_PREFIX}<rash`, `${CHAR_PREFIX}ash>`]));
    expect(keys).not.toContain(`${CHAR_PREFIX}<rash>`); // 6 characters: over the 5 maximum
  });

  it('when emoji are visited, then they are words without character n-grams', () => {
    expect(countFeatures('😟', config)).toEqual(new Map([['😟', 1]]));
  });

  it('when the trie looks character n-grams up, then it finds exactly what the string path counts', () => {
    const text = 'since i started lisinopril my lips are swelling 😟 swelling';
    const counts = countFeatures(text, config);
    const vocabulary = [...counts.keys()].filter((_, i) => i % 3 !== 0).sort();
    const trie = buildCharTrie(vocabulary);
    const found = new Map<string, number>();
    for (const token of tokenise(text)) {
      if (token === '😟') continue;
      visitCharGrams(trie, token, 2, 5, (id) => found.set(vocabulary[id]!, (found.get(vocabulary[id]!) ?? 0) + 1));
    }
    const expected = new Map(vocabulary.filter((k) => k.startsWith(CHAR_PREFIX)).map((k) => [k, counts.get(k)!]));
    expect(found).toEqual(expected);
  });

  it('when counts are weighed, then each block has unit norm times its weight', () => {
    const isChar = [0, 0, 1, 1];
    const x = weigh(Int32Array.from([0, 1, 2, 3]), [1, 3, 2, 1], [1, 2, 1.5, 1], isChar, 1.4);
    const norm = (block: number) => Math.sqrt([...x.values].reduce((s, v, k) => (isChar[k] === block ? s + v * v : s), 0));
    expect(norm(0)).toBeCloseTo(1, 10);
    expect(norm(1)).toBeCloseTo(1.4, 10);
  });
});

describe('language', () => {
  it.each([
    ['what time do you close on sunday', 'en'],
    ['necesito resurtir mi receta de losartán por favor', 'es'],
    ["bonjour, je voudrais renouveler mon ordonnance s'il vous plaît", 'fr'],
    ['eu preciso renovar a receita do meu remédio, obrigado', 'pt'],
    ['tôi muốn lấy thêm thuốc huyết áp', 'vi'],
    ['你好 我想问一下 你们药房几点关门', 'zh'],
    ['nahihilo po ako simula nung ininom ko yung bagong gamot', 'tl'],
    ['👍', 'und'],
    // A tie for the most function words is no answer; an ASCII French elision still counts; ñ is only Spanish's.
    ['the el', 'und'],
    ['y the el', 'es'],
    ["le l'eau the", 'fr'],
    ['the ñ', 'es'],
    ['ok', 'und'],
  ])('when the text is %j, then the language is %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('summary and urgency', () => {
  it('when a mail opens with a greeting, then the summary is its first real sentence', () => {
    expect(summarise('Hello,\n\nMy package never arrived. Can you check?\n\nThanks')).toBe('My package never arrived.');
  });

  it('when the first sentence is long, then the summary stops at 160 characters on a word', () => {
    const summary = summarise(`please ${'refill my prescription and '.repeat(20)}thanks`);
    expect(summary.length).toBeLessThanOrEqual(160);
    expect(summary.endsWith('…')).toBe(true);
  });

  it('when the category is safety, then urgency is high, and urgent on emergency words', () => {
    expect(urgencyFor('safety_compliance', 'i have hives since the new pills')).toBe('high');
    expect(urgencyFor('safety_compliance', "my husband can't breathe after the shot")).toBe('urgent');
    expect(urgencyFor('service_action', 'refill please')).toBe('medium');
    expect(urgencyFor('informational', 'what should i do in an overdose?')).toBe('low');
  });
});
