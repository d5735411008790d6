import { CHAR_PREFIX, countsToIds, weigh } from '../../src/classifier/local/features.ts';

export interface Vocabulary {
  keys: string[];
  index: Map<string, number>;
  idf: Float64Array;
  isChar: Uint8Array;
}

export interface VocabularyOptions {
  /** A feature seen in fewer documents than this is noise (a typo, a name) and is dropped. */
  minDf: number;
  /** Cap that bounds the artifact size; the most frequent features are kept. */
  maxFeatures: number;
}

/** Code-unit order, not localeCompare, so the vocabulary is the same on every machine. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Builds the vocabulary and smoothed IDF, ln((1 + n) / (1 + df)) + 1, from raw per-document counts. */
export function buildVocabulary(docs: readonly Map<string, number>[], options: VocabularyOptions): Vocabulary {
  const df = new Map<string, number>();
  for (const doc of docs) for (const key of doc.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const kept = [...df.entries()]
    .filter(([, d]) => d >= options.minDf)
    .sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0]))
    .slice(0, options.maxFeatures)
    .map(([key]) => key)
    .sort(byCodeUnit);
  const n = docs.length;
  const index = new Map(kept.map((key, j) => [key, j] as const));
  const idf = Float64Array.from(kept, (key) => Math.log((1 + n) / (1 + df.get(key)!)) + 1);
  const isChar = Uint8Array.from(kept, (key) => (key.startsWith(CHAR_PREFIX) ? 1 : 0));
  return { keys: kept, index, idf, isChar };
}

/** Compressed sparse rows: row i spans indices[indptr[i] .. indptr[i+1]). */
export interface Csr {
  rows: number;
  columns: number;
  indptr: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

export function vectoriseAll(docs: readonly Map<string, number>[], vocab: Vocabulary, charWeight: number): Csr {
  const vectors = docs.map((doc) => {
    const { ids, counts } = countsToIds(doc, vocab.index);
    return weigh(ids, counts, vocab.idf, vocab.isChar, charWeight);
  });
  const nnz = vectors.reduce((s, v) => s + v.ids.length, 0);
  const indptr = new Int32Array(docs.length + 1);
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  let at = 0;
  vectors.forEach((v, i) => {
    indices.set(v.ids, at);
    values.set(v.values, at);
    at += v.ids.length;
    indptr[i + 1] = at;
  });
  return { rows: docs.length, columns: vocab.keys.length, indptr, indices, values };
}
