/**
 * Leak and duplicate checks over the committed real-people files (used by the tests and by
 * `npm run corpus:check`). Exact checks compare duplicate keys; the near-duplicate report compares
 * word 3-gram sets (Jaccard similarity) so that a reworded copy of a text is found too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { duplicateKey, type RealRow } from './pipeline.ts';

export const REAL_DIR = join(import.meta.dirname, '..', '..', 'data', 'corpus', 'real');

export function readRealSplit(split: 'train' | 'test', dir = REAL_DIR): { file: string; rows: RealRow[] }[] {
  return readdirSync(join(dir, split)).filter((name) => name.endsWith('.jsonl')).sort().map((name) => ({
    file: `${split}/${name}`,
    rows: readFileSync(join(dir, split, name), 'utf8').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as RealRow),
  }));
}

/** Test rows whose duplicate key equals the key of any training text. */
export function findLeaks(trainTexts: Iterable<string>, testRows: readonly { id: string; text: string }[]): { id: string; text: string }[] {
  const keys = new Set<string>();
  for (const text of trainTexts) keys.add(duplicateKey(text));
  return testRows.filter((row) => keys.has(duplicateKey(row.text)));
}

function shingles(text: string): Set<string> {
  const words = duplicateKey(text).split(' ').filter((w) => w !== '');
  if (words.length < 3) return new Set([words.join(' ')]);
  const out = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) out.add(words.slice(i, i + 3).join(' '));
  return out;
}

export interface NearDuplicate {
  a: string;
  b: string;
  similarity: number;
}

/**
 * Pairs (one text of `left`, one of `right`) whose word 3-gram sets have a Jaccard similarity of at
 * least `threshold`. An inverted index on the 3-grams keeps it to the pairs that share one.
 */
export function nearDuplicates(left: readonly { id: string; text: string }[], right: readonly { id: string; text: string }[], threshold = 0.8): NearDuplicate[] {
  const index = new Map<string, number[]>();
  const rightSets = right.map((row) => shingles(row.text));
  rightSets.forEach((set, k) => {
    for (const gram of set) {
      const list = index.get(gram);
      if (list === undefined) index.set(gram, [k]);
      else list.push(k);
    }
  });
  const found: NearDuplicate[] = [];
  for (const row of left) {
    const set = shingles(row.text);
    const shared = new Map<number, number>();
    for (const gram of set) for (const k of index.get(gram) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
    for (const [k, common] of shared) {
      const similarity = common / (set.size + rightSets[k]!.size - common);
      if (similarity >= threshold) found.push({ a: row.id, b: right[k]!.id, similarity: Math.round(similarity * 1000) / 1000 });
    }
  }
  return found;
}
