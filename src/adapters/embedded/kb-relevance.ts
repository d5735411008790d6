import type { KbArticle } from './kb-articles.ts';
import { termsOf } from './kb-text.ts';

// Share of articles above which a word is everywhere ("carerx", "pharmacy", "call") and, alone,
// says nothing about which article is wanted.
const GENERIC_SHARE = 0.4;
// Share above which a word is common: it identifies an article only where it is the topic
// (in the title or tags), not where the body mentions it in passing ("hours", "refill").
const COMMON_SHARE = 0.15;
const TOPIC_FIELDS: ReadonlySet<string> = new Set(['title', 'tags']);

export interface TermStrength {
  /** Whether a matched index term, found in these fields of a hit, makes the hit worth showing. */
  isEvidence(term: string, fields: readonly string[]): boolean;
  /** Whether the term occurs anywhere in the corpus (a query word that does not is likely a typo). */
  isKnown(term: string): boolean;
  /** Inverse document frequency: rare words weigh more when choosing the snippet. */
  weight(term: string): number;
}

/** Document frequencies of the corpus, turned into the two judgements search needs. */
export function createTermStrength(articles: readonly KbArticle[]): TermStrength {
  const frequency = new Map<string, number>();
  for (const article of articles) {
    for (const term of termsOf(`${article.title} ${article.tags.join(' ')} ${article.body}`)) {
      frequency.set(term, (frequency.get(term) ?? 0) + 1);
    }
  }
  const total = articles.length;
  // Floors keep a handful of test articles from making every shared word generic.
  const genericAbove = Math.max(2, total * GENERIC_SHARE);
  const commonAbove = Math.max(2, total * COMMON_SHARE);

  return {
    isEvidence(term, fields) {
      const count = frequency.get(term) ?? 0;
      if (count > genericAbove) return false;
      if (count > commonAbove) return fields.some((field) => TOPIC_FIELDS.has(field));
      return count > 0;
    },
    isKnown(term) {
      return frequency.has(term);
    },
    weight(term) {
      return Math.log(1 + total / Math.max(1, frequency.get(term) ?? 1));
    },
  };
}
