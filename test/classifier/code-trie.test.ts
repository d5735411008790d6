import { describe, expect, it } from 'vitest';
import { buildCodeTrie, childOf } from '../../src/classifier/local/char-trie.ts';

/** The value the trie holds at the end of `key`, -1 when the key is not in it (or is only a prefix of keys). */
function lookup(trie: ReturnType<typeof buildCodeTrie>, key: string): number {
  let node = 0;
  for (let i = 0; i < key.length && node >= 0; i++) node = childOf(trie, node, key.charCodeAt(i));
  return node < 0 ? -1 : trie.nodeFeature[node]!;
}

describe('a trie of keys over character codes (the guard scanner\'s word-start keys, the local model\'s n-grams)', () => {
  it('when keys share prefixes, then each key answers its own value and a prefix that is no key answers -1, as a Map would', () => {
    const keys = ['s', 'sw', 'swe', 'st', 'the', 'th', 'my ', 'ñ', 'né', '😟x', '0'];
    const map = new Map(keys.map((key, value) => [key, value]));
    const trie = buildCodeTrie(keys.map((key, value) => ({ key, value })));
    for (const probe of [...keys, 't', 'swel', 'my', 'n', '😟', '\ud83d', 'x', 'ST']) expect([probe, lookup(trie, probe)]).toEqual([probe, map.get(probe) ?? -1]);
  });

  it('when it holds no key, then every walk ends at once', () => {
    const trie = buildCodeTrie([]);
    expect(childOf(trie, 0, 'a'.charCodeAt(0))).toBe(-1);
    expect(trie.nodeFeature[0]).toBe(-1);
  });
});
