import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KB_FILE } from '../../src/adapters/embedded/kb-articles.ts';
import {
  createEmbeddedKnowledgeBase,
  loadKbArticles,
  type KbArticle,
} from '../../src/adapters/embedded/knowledge-base.ts';
import type { KnowledgeBase } from '../../src/ports/knowledge-base.ts';

const article = (overrides: Partial<KbArticle> = {}): KbArticle => ({
  id: 'kb-test-article',
  title: 'Test article',
  tags: ['test'],
  body: 'A first sentence about parking. A second sentence about bicycles.',
  url: 'https://help.example.com/articles/kb-test-article',
  ...overrides,
});

describe('embedded knowledge base: search', () => {
  let kb: KnowledgeBase;
  beforeAll(() => {
    kb = createEmbeddedKnowledgeBase();
  });

  it('when asked what time the pharmacy opens on Sunday, then the hours article comes first', async () => {
    const hits = await kb.search('What time does the pharmacy open on Sunday?', { limit: 3 });
    expect(hits[0]?.id).toBe('kb-hours-retail');
    expect(hits[0]?.snippet).toMatch(/Sunday/);
  });

  it('when the query has typos ("perscription transfr"), then a transfer article comes first', async () => {
    const hits = await kb.search('perscription transfr', { limit: 3 });
    expect(hits[0]?.id).toMatch(/^kb-transfer-(in|out)$/);
  });

  it('when a Spanish question comes with locale es-MX, then the Spanish hours article comes first', async () => {
    const hits = await kb.search('¿A qué hora abre la farmacia el domingo?', { limit: 3, locale: 'es-MX' });
    expect(hits[0]?.id).toBe('kb-es-horario-farmacias');
  });

  it('when articles in both languages match, then the requested locale language is preferred', async () => {
    const spanish = await kb.search('covid', { limit: 2, locale: 'es' });
    const english = await kb.search('covid', { limit: 2, locale: 'en-US' });
    expect(spanish.map((h) => h.id)).toEqual(['kb-es-vacunas', 'kb-vaccines-offered']);
    expect(english.map((h) => h.id)).toEqual(['kb-vaccines-offered', 'kb-es-vacunas']);
  });

  it('when a Spanish query is typed without accents, then it still finds the accented article', async () => {
    const hits = await kb.search('tarjeta de identificacion', { limit: 1, locale: 'es' });
    expect(hits[0]?.id).toBe('kb-es-tarjeta-identificacion');
  });

  it('when the customer writes a whole chatty message, then the topic still wins over the fillers', async () => {
    const message = 'Hi, I was wondering if you could tell me how I can get my medicines delivered by mail? Thanks, Maria';
    const hits = await kb.search(message, { limit: 3 });
    expect(hits[0]?.id).toBe('kb-mail-order-pharmacy');
  });

  it('when a limit is given, then at most that many hits come back, sorted by score', async () => {
    const three = await kb.search('refill', { limit: 3 });
    const one = await kb.search('refill', { limit: 1 });
    expect(three).toHaveLength(3);
    expect(one).toHaveLength(1);
    expect(one[0]?.id).toBe(three[0]?.id);
    const scores = three.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(await kb.search('refill', { limit: 0 })).toEqual([]);
  });

  it('when the query is gibberish, then no article is returned', async () => {
    expect(await kb.search('xqzvt blorptang wubwubzz', { limit: 3 })).toEqual([]);
  });

  it('when the query holds only stop words or greetings, then no article is returned', async () => {
    expect(await kb.search('the and of to', { limit: 3 })).toEqual([]);
    expect(await kb.search('Hi, I have a question, can you help me please?', { limit: 3 })).toEqual([]);
    expect(await kb.search('hola, una pregunta por favor', { limit: 3, locale: 'es' })).toEqual([]);
  });

  it('when the query matches only one weak generic word, then no article is returned', async () => {
    expect(await kb.search('CareRx', { limit: 3 })).toEqual([]);
    expect(await kb.search('pharmacy', { limit: 3 })).toEqual([]);
    expect(await kb.search('I have a question about my prescription', { limit: 3 })).toEqual([]);
  });

  it('when an article matches, then its snippet contains a query word and is at most 300 characters', async () => {
    for (const [query, word] of [
      ['is my insulin shipped cold', 'insulin'],
      ['how do I reset my password', 'password'],
      ['can I get the shingles vaccine', 'shingles'],
      ['where is my order', 'order'],
    ] as const) {
      const [hit] = await kb.search(query, { limit: 1 });
      expect(hit?.snippet.toLowerCase(), query).toContain(word);
      expect(hit?.snippet.length, query).toBeLessThanOrEqual(300);
      expect(hit?.snippet, query).not.toMatch(/\n/);
    }
  });

  it('when a hit is returned, then it carries the article title, url and tags', async () => {
    const [hit] = await kb.search('I lost my insurance card', { limit: 1 });
    expect(hit).toMatchObject({
      id: 'kb-member-id-card',
      title: 'Your member ID card',
      url: 'https://help.example.com/articles/kb-member-id-card',
    });
    expect(hit?.tags).toContain('id card');
    expect(hit?.score).toBeGreaterThan(0);
  });

  it('when searching for any article title, then that article comes first', async () => {
    for (const a of loadKbArticles()) {
      const hits = await kb.search(a.title, { limit: 3, locale: a.locale });
      expect(hits[0]?.id, a.title).toBe(a.id);
    }
  });
});

describe('embedded knowledge base: shipped content', () => {
  const articles = loadKbArticles();

  it('when the shipped file is loaded, then it holds at least 48 articles with unique kebab-case ids', () => {
    expect(articles.length).toBeGreaterThanOrEqual(48);
    const ids = articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of articles) {
      expect(a.id).toMatch(/^kb-[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(a.url).toBe(`https://help.example.com/articles/${a.id}`);
    }
  });

  it('when the shipped file is loaded, then every body is 150 to 300 words and at least 3 are in Spanish', () => {
    for (const a of articles) {
      const words = a.body.split(/\s+/).length;
      expect(words, a.id).toBeGreaterThanOrEqual(150);
      expect(words, a.id).toBeLessThanOrEqual(300);
    }
    expect(articles.filter((a) => a.locale === 'es').length).toBeGreaterThanOrEqual(3);
  });

  it('when no file is given, then the default path is absolute and independent of the working directory', () => {
    expect(isAbsolute(DEFAULT_KB_FILE)).toBe(true);
    expect(DEFAULT_KB_FILE.replaceAll('\\', '/')).toMatch(/\/data\/kb\/articles\.json$/);
  });
});

describe('embedded knowledge base: custom and malformed articles', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'careroute-kb-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('when articles are passed in, then search runs over them instead of the shipped file', async () => {
    const kb = createEmbeddedKnowledgeBase({
      articles: [article(), article({ id: 'kb-other', title: 'Other', body: 'Nothing about two-wheelers here.' })],
    });
    const hits = await kb.search('bicycles', { limit: 5 });
    expect(hits.map((h) => h.id)).toEqual(['kb-test-article']);
    expect(hits[0]?.snippet).toContain('bicycles');
  });

  it('when the best sentence is longer than 300 characters, then the snippet is cut with an ellipsis', async () => {
    const long = `Bicycles ${'are parked in the covered rack behind the building '.repeat(10)}today.`;
    const kb = createEmbeddedKnowledgeBase({ articles: [article({ body: long })] });
    const [hit] = await kb.search('bicycles', { limit: 1 });
    expect(hit?.snippet.length).toBeLessThanOrEqual(300);
    expect(hit?.snippet.endsWith('…')).toBe(true);
  });

  it('when an article lacks a field, then creation fails naming the article index and the field', () => {
    const broken = [article(), { ...article({ id: 'kb-broken' }), title: '' }] as KbArticle[];
    expect(() => createEmbeddedKnowledgeBase({ articles: broken })).toThrow(/article 1 \(kb-broken\), field "title"/);
  });

  it('when two articles share an id, then creation fails naming the duplicate', () => {
    expect(() => createEmbeddedKnowledgeBase({ articles: [article(), article()] })).toThrow(
      /article 1, field "id": duplicate id "kb-test-article"/,
    );
  });

  it('when the file is not valid JSON or has a bad field, then loading fails with a clear error', () => {
    const notJson = join(dir, 'not-json.json');
    writeFileSync(notJson, '[{"id": ');
    expect(() => loadKbArticles(notJson)).toThrow(/not valid JSON/);

    const badBody = join(dir, 'bad-body.json');
    writeFileSync(badBody, JSON.stringify([article(), article({ id: 'kb-second' }), { ...article({ id: 'kb-third' }), body: 42 }]));
    expect(() => createEmbeddedKnowledgeBase({ file: badBody })).toThrow(/article 2 \(kb-third\), field "body"/);

    expect(() => loadKbArticles(join(dir, 'missing.json'))).toThrow(/Cannot read knowledge base file/);
  });
});

describe('embedded knowledge base: answers of repeated queries', () => {
  const queries: Array<[string, string | undefined]> = [
    ['What time does the pharmacy open on Sunday?', undefined],
    ['what time does the PHARMACY open on sunday', undefined],
    ['perscription transfr', undefined],
    ['¿A qué hora abre la farmacia el domingo?', 'es-MX'],
    ['¿A qué hora abre la farmacia el domingo?', undefined],
    ['Is ibuprofen covered by my plan?', 'en-US'],
    ['hello', undefined],
  ];

  it('when the same queries are asked again, then every answer equals the one of a knowledge base that keeps none', async () => {
    const cached = createEmbeddedKnowledgeBase();
    const uncached = createEmbeddedKnowledgeBase({ answerCacheSize: 0 });
    for (const round of [1, 2, 3]) {
      for (const [query, locale] of queries) {
        for (const limit of [1, 3]) {
          expect({ round, query, locale, limit, hits: await cached.search(query, { limit, locale }) }).toEqual({
            round,
            query,
            locale,
            limit,
            hits: await uncached.search(query, { limit, locale }),
          });
        }
      }
    }
  });

  it('when a caller changes the answer it got, then the next caller of the same query gets the original', async () => {
    const kb = createEmbeddedKnowledgeBase();
    const first = await kb.search('What time does the pharmacy open on Sunday?', { limit: 3 });
    const original = structuredClone(first);
    expect(first.length).toBeGreaterThan(0);
    first[0]!.title = 'changed';
    first[0]!.tags!.push('changed');
    first.pop();
    expect(await kb.search('What time does the pharmacy open on Sunday?', { limit: 3 })).toEqual(original);
    expect(await kb.search('What time does the pharmacy open on Sunday?', { limit: 3 })).toEqual(original);
  });

  it('when more distinct queries arrive than it keeps, then it forgets the least recently used and still answers them right', async () => {
    const kb = createEmbeddedKnowledgeBase({ answerCacheSize: 2 });
    const uncached = createEmbeddedKnowledgeBase({ answerCacheSize: 0 });
    for (const round of [1, 2]) {
      for (const [query, locale] of queries) {
        expect([round, await kb.search(query, { limit: 3, locale })]).toEqual([round, await uncached.search(query, { limit: 3, locale })]);
      }
    }
  });
});
