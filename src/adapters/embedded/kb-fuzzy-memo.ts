/** Distinct (term, distance) expansions kept; a full memo starts again (a few MB at most). */
export const FUZZY_MEMO_SIZE = 10_000;

interface FuzzyIndex {
  fuzzyGet(term: string, maxDistance: number): Map<string, unknown>;
}

/**
 * Remembers the typo expansion of each query term: minisearch walks its whole term tree with an
 * edit-distance table for every fuzzy term of every query (the largest part of a new search), and
 * the answer depends on the term and the distance alone, since the articles never change after
 * start. Words recur across different questions ("yesterday", "delivery"), so a new question pays
 * only for its new words. Each search gets its own copy of the expansion (minisearch deletes from
 * it). This reaches into minisearch's term tree (`_index`, not public API): when a version lacks
 * it, nothing is remembered and every search walks the tree as before. Returns whether it applied.
 */
export function rememberFuzzyExpansions(index: object, size = FUZZY_MEMO_SIZE): boolean {
  const tree = (index as unknown as { _index?: Partial<FuzzyIndex> })._index;
  if (tree === undefined || typeof tree.fuzzyGet !== 'function' || size <= 0) return false;
  const walk = tree.fuzzyGet.bind(tree) as FuzzyIndex['fuzzyGet'];
  const memo = new Map<string, Map<string, unknown>>();
  tree.fuzzyGet = (term: string, maxDistance: number) => {
    const key = `${maxDistance}\u0000${term}`;
    let expansion = memo.get(key);
    if (expansion === undefined) {
      if (memo.size >= size) memo.clear();
      expansion = walk(term, maxDistance);
      memo.set(key, expansion);
    }
    return new Map(expansion);
  };
  return true;
}
