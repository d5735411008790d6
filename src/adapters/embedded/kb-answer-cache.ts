import type { KbArticleHit } from '../../ports/knowledge-base.ts';

/** Enough for the questions a contact centre hears again and again; a few MB at most. */
export const DEFAULT_ANSWER_CACHE_SIZE = 1000;

/**
 * The embedded knowledge base's answers by query, least recently used first out. Sound because the
 * articles never change after start: the same terms, language and limit always give the same hits.
 * Every caller gets its own copies, so a caller changing an answer cannot change anyone else's.
 */
export function createAnswerCache(size: number) {
  const answers = new Map<string, readonly KbArticleHit[]>();
  const copy = (hits: readonly KbArticleHit[]): KbArticleHit[] => hits.map((hit) => ({ ...hit, ...(hit.tags ? { tags: [...hit.tags] } : {}) }));
  return {
    answer(key: string, search: () => KbArticleHit[]): KbArticleHit[] {
      if (size <= 0) return search();
      const cached = answers.get(key);
      if (cached !== undefined) {
        // Most recently used goes last: Map keeps insertion order.
        answers.delete(key);
        answers.set(key, cached);
        return copy(cached);
      }
      const hits = search();
      if (answers.size >= size) answers.delete(answers.keys().next().value!);
      answers.set(key, copy(hits));
      return hits;
    },
  };
}
