import { z } from 'zod';
import type { KnowledgeBase } from '../../ports/knowledge-base.ts';
import { createJsonClient } from './json-client.ts';

const SearchResponse = z.object({
  hits: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      snippet: z.string().default(''),
      score: z.number().default(0),
      url: z.string().optional(),
      tags: z.array(z.string()).optional(),
    }),
  ),
});

/** `GET {KB_URL}/search?q=…&limit=…&locale=…` -> `{ "hits": [{ id, title, snippet, score, url? }] }`. */
export function createHttpKnowledgeBase(baseUrl: string, timeoutMs: number): KnowledgeBase & { close(): Promise<void> } {
  const client = createJsonClient(baseUrl, timeoutMs, 'knowledge base');
  return {
    async search(query, { limit, locale }) {
      const response = await client.call({
        method: 'GET',
        path: '/search',
        query: { q: query, limit, locale },
        schema: SearchResponse,
      });
      return response.hits.slice(0, limit);
    },
    close: () => client.close(),
  };
}
