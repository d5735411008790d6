import { DIGIT, literalPrefixes, splitAlternatives } from './alternatives.ts';
import type { Span } from './text.ts';
import { buildCodeTrie, childOf } from '../local/char-trie.ts';

/**
 * One pass over the message for many sets of patterns at once. Every alternative is filed under the
 * literal prefix (1-3 characters) it starts with; at each word start, the longest filed prefix of the
 * word picks one sticky regex holding just the alternatives that can start there, and each set is
 * tried through a lookahead, so a set's matches may overlap. This keeps the cost per word to a few
 * alternatives instead of every alternative of every set (~1,500). Patterns use non-capturing groups.
 */
export type Scanner = (folded: string) => Span[][];

const KEY = 3;
const DIGIT_KEY = '#digit';

interface Bucket {
  regex: RegExp;
  /** For capture k (1-based), the index of its set. */
  setOf: number[];
}

interface Filed {
  prefix: string;
  setIndex: number;
  alt: string;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function assertFileable(source: string, alt: string, prefixes: string[] | null): asserts prefixes is string[] {
  const stripped = source.replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  if (/\((?!\?)/.test(stripped)) throw new Error(`safety pattern has a capturing group: ${source}`);
  if (prefixes === null) throw new Error(`safety pattern alternative has no literal start: ${alt}`);
}

function compile(entries: readonly Filed[], setCount: number): Bucket {
  const perSet: string[][] = Array.from({ length: setCount }, () => []);
  for (const e of entries) perSet[e.setIndex]?.push(e.alt);
  const setOf = [0];
  const parts: string[] = [];
  perSet.forEach((alts, setIndex) => {
    if (alts.length === 0) return;
    setOf.push(setIndex);
    parts.push(`(?:(?=((?:${alts.join('|')})(?![a-z0-9])))|)`);
  });
  return { regex: new RegExp(parts.join(''), 'y'), setOf };
}

export function createScanner(sets: readonly (readonly RegExp[])[]): Scanner {
  const filed: Filed[] = [];
  sets.forEach((patterns, setIndex) => {
    for (const pattern of patterns) {
      for (const alt of splitAlternatives(pattern.source)) {
        const prefixes = literalPrefixes(alt);
        assertFileable(pattern.source, alt, prefixes);
        for (const prefix of new Set(prefixes)) filed.push({ prefix, setIndex, alt });
      }
    }
  });
  // A key's bucket holds every alternative whose prefix starts the key: "swe" gets "s", "sw" and "swe".
  const buckets = new Map<string, Bucket>();
  const keys = new Set(filed.map((f) => f.prefix));
  for (const key of keys) {
    if (key === DIGIT) continue;
    const entries = filed.filter((f) => f.prefix !== DIGIT && key.startsWith(f.prefix));
    buckets.set(key, compile(entries, sets.length));
  }
  const digits = filed.filter((f) => f.prefix === DIGIT);
  if (digits.length > 0) buckets.set(DIGIT_KEY, compile(digits, sets.length));

  // The keys as a trie of character codes in flat typed arrays (char-trie.ts): the longest key at a word start is
  // found by walking its characters, without cutting a string for each of the three lengths tried or a Map per node.
  const keyed = [...buckets].filter(([key]) => key !== DIGIT_KEY);
  const trie = buildCodeTrie(keyed.map(([key], value) => ({ key, value })));
  const bucketList = keyed.map(([, bucket]) => bucket);
  const digitBucket = buckets.get(DIGIT_KEY);

  const bucketAt = (folded: string, i: number): Bucket | undefined => {
    const first = folded.charCodeAt(i);
    if (isDigit(first)) return digitBucket;
    let found = -1;
    let node = childOf(trie, 0, first);
    for (let n = 1; node >= 0; n++) {
      const value = trie.nodeFeature[node]!;
      if (value >= 0) found = value;
      if (n === KEY || i + n >= folded.length) break;
      node = childOf(trie, node, folded.charCodeAt(i + n));
    }
    return found >= 0 ? bucketList[found] : undefined;
  };

  const scan: Scanner = (folded) => {
    const found: Span[][] = sets.map(() => []);
    for (let i = 0; i < folded.length; i++) {
      if (i > 0 && isWordChar(folded.charCodeAt(i - 1))) continue;
      const bucket = bucketAt(folded, i);
      if (bucket === undefined) continue;
      bucket.regex.lastIndex = i;
      const m = bucket.regex.exec(folded);
      if (m === null) continue;
      for (let k = 1; k < m.length; k++) {
        const text = m[k];
        if (text !== undefined && text.length > 0) found[bucket.setOf[k] ?? 0]?.push({ start: i, end: i + text.length });
      }
    }
    return found;
  };
  return scan;
}
