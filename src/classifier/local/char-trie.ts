import { CHAR_PREFIX } from './features.ts';

/**
 * The vocabulary's character n-grams as a trie over UTF-16 code units, edges in an open-addressing
 * table of typed arrays. Inference walks it from each position of `<token>` instead of slicing and
 * hashing a fresh string per n-gram: same features as `visitFeatures`, several times faster.
 */
export interface CharTrie {
  edgeParent: Int32Array;
  edgeCode: Int32Array;
  edgeChild: Int32Array;
  mask: number;
  /** Feature id ending at each node, or -1. */
  nodeFeature: Int32Array;
}

const LT = 60; // '<'
const GT = 62; // '>'

const slotOf = (parent: number, code: number, mask: number): number => (Math.imul(parent * 65_599 + code, 0x9e3779b1) >>> 0) & mask;

export function buildCharTrie(vocabulary: readonly string[]): CharTrie {
  return buildCodeTrie(vocabulary.flatMap((key, id) => (key.startsWith(CHAR_PREFIX) ? [{ key: key.slice(CHAR_PREFIX.length), value: id }] : [])));
}

/** A trie of `keys` over UTF-16 code units whose node at the end of each key holds its value (>= 0); other nodes -1. */
export function buildCodeTrie(entries: ReadonlyArray<{ key: string; value: number }>): CharTrie {
  const maxEdges = entries.reduce((s, e) => s + e.key.length, 0) + 1;
  let capacity = 16;
  while (capacity < maxEdges * 2) capacity *= 2;
  const trie: CharTrie = {
    edgeParent: new Int32Array(capacity).fill(-1),
    edgeCode: new Int32Array(capacity),
    edgeChild: new Int32Array(capacity),
    mask: capacity - 1,
    nodeFeature: new Int32Array(maxEdges + 1).fill(-1),
  };
  let nodes = 1;
  for (const { key, value } of entries) {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let next = childOf(trie, node, code);
      if (next < 0) {
        let slot = slotOf(node, code, trie.mask);
        while (trie.edgeParent[slot] !== -1) slot = (slot + 1) & trie.mask;
        trie.edgeParent[slot] = node;
        trie.edgeCode[slot] = code;
        trie.edgeChild[slot] = next = nodes++;
      }
      node = next;
    }
    trie.nodeFeature[node] = value;
  }
  return trie;
}

export function childOf(trie: CharTrie, parent: number, code: number): number {
  let slot = slotOf(parent, code, trie.mask);
  for (;;) {
    const p = trie.edgeParent[slot]!;
    if (p === -1) return -1;
    if (p === parent && trie.edgeCode[slot] === code) return trie.edgeChild[slot]!;
    slot = (slot + 1) & trie.mask;
  }
}

/** Calls `found(featureId)` for every known n-gram (nMin..nMax code units) of `<token>`. */
export function visitCharGrams(trie: CharTrie, token: string, nMin: number, nMax: number, found: (id: number) => void): void {
  const length = token.length + 2;
  for (let start = 0; start + nMin <= length; start++) {
    let node = 0;
    const end = Math.min(length, start + nMax);
    for (let p = start; p < end; p++) {
      const code = p === 0 ? LT : p === length - 1 ? GT : token.charCodeAt(p - 1);
      node = childOf(trie, node, code);
      if (node < 0) break;
      if (p - start + 1 >= nMin) {
        const id = trie.nodeFeature[node]!;
        if (id >= 0) found(id);
      }
    }
  }
}
