import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The shipped articles; resolved from this module so the service works from any working directory. */
export const DEFAULT_KB_FILE = fileURLToPath(new URL('../../../data/kb/articles.json', import.meta.url));

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const KbArticleSchema = z.object({
  id: z.string().regex(KEBAB_CASE, { message: 'must be kebab-case (lowercase letters, digits, single hyphens)' }),
  title: z.string().trim().min(1, { message: 'must not be empty' }),
  tags: z.array(z.string().trim().min(1, { message: 'must not be empty' })),
  body: z.string().trim().min(1, { message: 'must not be empty' }),
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
  /** BCP 47 tag of the article's language; English when absent. */
  locale: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, { message: 'must be a BCP 47 language tag, e.g. "es"' })
    .optional(),
});

export type KbArticle = z.infer<typeof KbArticleSchema>;

/**
 * Validates a list of articles; the error names the article (index and id) and the field, so a
 * broken knowledge-base file is fixed from the first line of the start-up failure.
 */
export function validateKbArticles(raw: unknown, source: string): KbArticle[] {
  const parsed = z.array(KbArticleSchema).min(1, { message: 'must hold at least one article' }).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    const [index, ...field] = path;
    let where = 'the article list';
    if (typeof index === 'number') {
      const id = articleId(raw, index);
      where = `article ${index}${id ? ` (${id})` : ''}`;
      where += field.length > 0 ? `, field "${field.join('.')}"` : '';
    }
    throw new Error(`Invalid knowledge base (${source}): ${where}: ${issue?.message ?? 'invalid'}`);
  }
  const firstIndexById = new Map<string, number>();
  parsed.data.forEach((article, index) => {
    const first = firstIndexById.get(article.id);
    if (first !== undefined) {
      throw new Error(
        `Invalid knowledge base (${source}): article ${index}, field "id": duplicate id "${article.id}" (also article ${first})`,
      );
    }
    firstIndexById.set(article.id, index);
  });
  return parsed.data;
}

/** Reads and validates an articles file (the shipped one by default). */
export function loadKbArticles(file: string = DEFAULT_KB_FILE): KbArticle[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`Cannot read knowledge base file ${file}: ${(err as Error).message}`, { cause: err });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`Invalid knowledge base (${file}): not valid JSON: ${(err as Error).message}`, { cause: err });
  }
  return validateKbArticles(raw, file);
}

function articleId(raw: unknown, index: number): string | undefined {
  const item: unknown = Array.isArray(raw) ? raw[index] : undefined;
  if (typeof item !== 'object' || item === null || !('id' in item)) return undefined;
  return typeof item.id === 'string' && item.id.length <= 80 ? item.id : undefined;
}
