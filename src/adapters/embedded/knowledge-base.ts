import MiniSearch, { type SearchResult } from 'minisearch';
import type { KbArticleHit, KbSearchOptions, KnowledgeBase } from '../../ports/knowledge-base.ts';
import { rememberFuzzyExpansions } from './kb-fuzzy-memo.ts';
import { createAnswerCache, DEFAULT_ANSWER_CACHE_SIZE } from './kb-answer-cache.ts';
import { loadKbArticles, validateKbArticles, type KbArticle } from './kb-articles.ts';
import { createTermStrength } from './kb-relevance.ts';
import { pickSnippet, splitSentences, type Sentence } from './kb-snippet.ts';
import { processTerm, termsOf, tokenize } from './kb-text.ts';

export { loadKbArticles } from './kb-articles.ts';
export type { KbArticle } from './kb-articles.ts';

export interface EmbeddedKnowledgeBaseOptions {
  /** Articles to serve instead of the shipped file (validated all the same). */
  articles?: KbArticle[];
  /** Path of an articles JSON file; the shipped data/kb/articles.json by default. */
  file?: string;
  /** Answers kept for repeated queries (kb-answer-cache.ts); 0 searches every time. */
  answerCacheSize?: number;
}

// A customer may paste a whole letter; beyond this many distinct words the extra ones only cost time.
const MAX_QUERY_TERMS = 32;
// Hits far below the best one are noise that would push the agent hand-off further down the list.
const MIN_SHARE_OF_BEST_SCORE = 0.2;
const SAME_LANGUAGE_BOOST = 2;
const FIELD_BOOST = { title: 3, tags: 2, body: 1 };

interface Entry {
  article: KbArticle;
  language: string;
  sentences: Sentence[];
}

/**
 * The default knowledge base: the shipped articles in an in-memory minisearch index, built once
 * here so a search costs a fraction of a millisecond. A query that matches nothing specific
 * answers [] so the informational workflow hands the customer to an agent instead of guessing.
 */
export function createEmbeddedKnowledgeBase(options: EmbeddedKnowledgeBaseOptions = {}): KnowledgeBase {
  const articles =
    options.articles !== undefined
      ? validateKbArticles(options.articles, 'articles option')
      : loadKbArticles(options.file);
  const entries = new Map<string, Entry>(
    articles.map((article) => [
      article.id,
      { article, language: languageOf(article.locale), sentences: splitSentences(article.body) },
    ]),
  );
  const strength = createTermStrength(articles);
  const cache = createAnswerCache(options.answerCacheSize ?? DEFAULT_ANSWER_CACHE_SIZE);

  const index = new MiniSearch<KbArticle>({
    fields: ['title', 'tags', 'body'],
    extractField: (article, field) => (field === 'tags' ? article.tags.join(' ') : String(article[field as keyof KbArticle])),
    tokenize: (text) => tokenize(text),
    processTerm: (token) => processTerm(token),
    searchOptions: {
      boost: FIELD_BOOST,
      // Typo tolerance only for words the articles never use and long enough for one slip not to
      // make another word: a known word fuzzed ("prescription" -> "description") matches noise.
      fuzzy: (term) => (term.length >= 5 && !strength.isKnown(term) ? 0.2 : false),
      prefix: (term) => term.length >= 4,
      combineWith: 'OR',
    },
  });
  index.addAll(articles);
  rememberFuzzyExpansions(index);

  // A hit counts only if it matched something specific; see kb-relevance.ts for what that means.
  const isMeaningful = (result: SearchResult): boolean =>
    result.terms.some((term) => strength.isEvidence(term, result.match[term] ?? []));

  const toHit = (result: SearchResult): KbArticleHit => {
    const entry = entries.get(result.id as string);
    if (entry === undefined) throw new Error(`knowledge base index out of step: ${String(result.id)}`);
    const { article } = entry;
    return {
      id: article.id,
      title: article.title,
      snippet: pickSnippet(entry.sentences, new Set(result.terms), strength.weight),
      score: Math.round(result.score * 1000) / 1000,
      url: article.url,
      tags: [...article.tags],
    };
  };

  const searchNow = (query: string, { limit, locale }: KbSearchOptions): KbArticleHit[] => {
    const max = Math.floor(limit);
    if (!(max > 0)) return [];
    const terms = termsOf(query).slice(0, MAX_QUERY_TERMS);
    if (terms.length === 0) return [];
    const language = locale ? languageOf(locale) : undefined;
    const joined = terms.join(' ');
    // The terms are what the search reads of the query: "Sunday hours?" and "sunday hours" are one question.
    return cache.answer(`${language ?? ''}\u0000${max}\u0000${joined}`, () => rank(joined, language, max));
  };

  const rank = (joined: string, language: string | undefined, max: number): KbArticleHit[] => {
    const results = index.search(joined, {
      // The query is already processed; minisearch must take the terms as they are.
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      boostDocument: language
        ? (id: unknown) => (entries.get(id as string)?.language === language ? SAME_LANGUAGE_BOOST : 1)
        : undefined,
    });
    const relevant = results.filter(isMeaningful);
    const best = relevant[0]?.score ?? 0;
    return relevant
      .filter((result) => result.score >= best * MIN_SHARE_OF_BEST_SCORE)
      .slice(0, max)
      .map(toHit);
  };

  return {
    search: async (query, searchOptions) => searchNow(query, searchOptions),
  };
}

/** "es-MX" -> "es"; articles without a locale are English. */
function languageOf(locale: string | undefined): string {
  return (locale ?? 'en').split(/[-_]/)[0]?.toLowerCase() || 'en';
}
