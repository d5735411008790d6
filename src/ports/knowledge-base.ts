/** A searchable knowledge base of support articles. */
export interface KbArticleHit {
  id: string;
  title: string;
  /** A short extract of the article relevant to the query (plain text, at most ~300 chars). */
  snippet: string;
  /** Relevance score of the search engine; higher is better; not comparable across adapters. */
  score: number;
  url?: string | undefined;
  tags?: string[] | undefined;
}

export interface KbSearchOptions {
  limit: number;
  locale?: string | undefined;
}

export interface KnowledgeBase {
  search(query: string, options: KbSearchOptions): Promise<KbArticleHit[]>;
}
