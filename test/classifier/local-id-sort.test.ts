import { describe, expect, it } from 'vitest';
import { createIdSorter, sortIds } from '../../src/classifier/local/id-sort.ts';

/** A small deterministic generator (no Math.random): the same ids on every run. */
function idsOf(count: number, below: number, seed: number): Int32Array {
  let state = seed;
  return Int32Array.from({ length: count }, () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state % below;
  });
}

const ascending = (ids: ArrayLike<number>) => [...Array.from(ids)].sort((a, b) => a - b);

describe('sorting a text\'s feature ids (radix, two 9-bit digits)', () => {
  it('when ids are spread over a 110,678-feature vocabulary, then they come out ascending, as a comparison sort gives them', () => {
    const sorter = createIdSorter(110_678);
    for (const [count, seed] of [[275, 1], [60, 2], [3000, 3], [1, 4]] as const) {
      const ids = idsOf(count, 110_678, seed);
      expect([...sortIds(sorter, ids, ids.length)]).toEqual(ascending(ids));
    }
  });

  it('when only a prefix of the scratch holds ids, then only it is sorted and the input is left as it was', () => {
    const sorter = createIdSorter(1000);
    const scratch = Int32Array.from([999, 0, 512, 511, 513, 7, 42, 42]);
    expect([...sortIds(sorter, scratch, 6)]).toEqual([0, 7, 511, 512, 513, 999]);
    expect([...scratch]).toEqual([999, 0, 512, 511, 513, 7, 42, 42]);
  });

  it('when there are no ids, the highest id, equal low digits or more ids than the scratch held, then the order is still ascending', () => {
    const sorter = createIdSorter(110_678);
    expect([...sortIds(sorter, new Int32Array(0), 0)]).toEqual([]);
    expect([...sortIds(sorter, Int32Array.from([110_677, 0]), 2)]).toEqual([0, 110_677]);
    // Equal low 9 bits, different high bits: the second pass alone orders them.
    expect([...sortIds(sorter, Int32Array.from([5 + 512 * 3, 5 + 512 * 200, 5, 5 + 512]), 4)]).toEqual([5, 517, 1541, 102_405]);
    const many = idsOf(5000, 110_678, 9);
    expect(sorter.between.length).toBeLessThan(5000);
    expect([...sortIds(sorter, many, many.length)]).toEqual(ascending(many));
    // Reused after growing: a short list is not mixed with the long one's leftovers.
    expect([...sortIds(sorter, Int32Array.from([3, 1, 2]), 3)]).toEqual([1, 2, 3]);
  });
});
