/**
 * The distinct feature ids of one text in ascending order: scoring sums a text's features in id order, as
 * the training path does, and that order is what keeps every bit of the answer. Two counting passes over
 * 9-bit digits (a radix sort) into reused scratch: about half the cost of a bitmap over the whole
 * vocabulary read back, a third of TypedArray sort's (~275 ids, the (b) mix's mean).
 */
export interface IdSorter {
  /** Bucket starts of the low 9 bits. */
  low: Int32Array;
  /** Bucket starts of the bits above them: one bucket per 512 ids of the vocabulary. */
  high: Int32Array;
  /** The ids after the first pass; grown when a text has more. */
  between: Int32Array;
}

const LOW_BITS = 9;
const LOW_MASK = (1 << LOW_BITS) - 1;

export function createIdSorter(vocabularySize: number): IdSorter {
  return { low: new Int32Array(1 << LOW_BITS), high: new Int32Array((vocabularySize >>> LOW_BITS) + 1), between: new Int32Array(1024) };
}

/** ids[0..length) (each in 0..vocabularySize-1) sorted ascending into `sorted` (a new array by default); `ids` is left as it was. */
export function sortIds(sorter: IdSorter, ids: Int32Array, length: number, sorted: Int32Array = new Int32Array(length)): Int32Array {
  const { low, high } = sorter;
  if (sorter.between.length < length) sorter.between = new Int32Array(Math.max(length, sorter.between.length * 2));
  const between = sorter.between;
  low.fill(0);
  high.fill(0);
  for (let i = 0; i < length; i++) {
    const id = ids[i]!;
    low[id & LOW_MASK]! += 1;
    high[id >>> LOW_BITS]! += 1;
  }
  for (let b = 0, start = 0; b < low.length; b++) {
    const n = low[b]!;
    low[b] = start;
    start += n;
  }
  for (let b = 0, start = 0; b < high.length; b++) {
    const n = high[b]!;
    high[b] = start;
    start += n;
  }
  for (let i = 0; i < length; i++) {
    const id = ids[i]!;
    between[low[id & LOW_MASK]!++] = id;
  }
  for (let i = 0; i < length; i++) {
    const id = between[i]!;
    sorted[high[id >>> LOW_BITS]!++] = id;
  }
  return sorted;
}
