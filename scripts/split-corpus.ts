/**
 * Validates every data/corpus/source/*.jsonl file and splits the corpus ONCE into train/test.
 * Run: node_modules/.bin/node scripts/split-corpus.ts
 * @see data/corpus/LABELING.md for the line format and the labelling rules.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, CHANNELS } from '../src/domain.ts';
import type { Category, Channel } from '../src/domain.ts';

export const TAGS = [
  'hours', 'location', 'coverage', 'refill', 'transfer', 'shipping', 'billing', 'account',
  'insurance', 'appointment', 'vaccine', 'privacy', 'fraud', 'device', 'product_quality',
  'adverse_event', 'overdose', 'medication_error', 'self_harm', 'emergency', 'legal', 'drug_info',
  'general_side_effects', 'negation', 'multi_intent', 'sarcasm', 'one_word', 'non_english',
  'hypothetical', 'quoted_reply', 'other',
] as const;

export interface CorpusRecord {
  id: string;
  channel: Channel;
  category: Category;
  lang: string;
  text: string;
  tags: string[];
}

const FIELDS = ['id', 'channel', 'category', 'lang', 'text', 'tags'];
const ID_PATTERN = /^(chat|voice|mail|api)-\d{4}$/;
const LANG_PATTERN = /^[a-z]{2}$/;
// Changing the seed or the ratio reshuffles the whole split: the test set must stay unseen, so don't.
const SEED = 20240611;
const TEST_RATIO = 0.2;

/** Returns the record, or a one-line reason why the parsed line breaks LABELING.md. */
export function validateRecord(value: unknown): CorpusRecord | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const obj = value as Record<string, unknown>;
  const extra = Object.keys(obj).filter((key) => !FIELDS.includes(key));
  if (extra.length > 0) return `unknown field(s): ${extra.join(', ')}`;
  const { id, channel, category, lang, text, tags } = obj;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) return `bad id: ${JSON.stringify(id)}`;
  if (!(CHANNELS as readonly unknown[]).includes(channel)) return `bad channel: ${JSON.stringify(channel)}`;
  if (!id.startsWith(`${String(channel)}-`)) return `id ${id} does not match channel ${String(channel)}`;
  if (!(CATEGORIES as readonly unknown[]).includes(category)) return `bad category: ${JSON.stringify(category)}`;
  if (typeof lang !== 'string' || !LANG_PATTERN.test(lang)) return `bad lang: ${JSON.stringify(lang)}`;
  if (typeof text !== 'string' || text.trim() === '') return 'text must be a non-empty string';
  if (!Array.isArray(tags)) return 'tags must be an array';
  const unknown = tags.filter((tag) => !(TAGS as readonly unknown[]).includes(tag));
  if (unknown.length > 0) return `unknown tag(s): ${unknown.map((t) => JSON.stringify(t)).join(', ')}`;
  if (new Set(tags).size !== tags.length) return 'duplicate tags';
  return { id, channel: channel as Channel, category: category as Category, lang, text, tags: tags as string[] };
}

/** Key for duplicate detection: the same message typed with other case or spacing is the same message. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Parses one JSONL file; throws `file:line: problem` on the first bad line. */
export function parseJsonl(file: string, content: string): CorpusRecord[] {
  const records: CorpusRecord[] = [];
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${index + 1}: invalid JSON`);
    }
    const result = validateRecord(parsed);
    if (typeof result === 'string') throw new Error(`${file}:${index + 1}: ${result}`);
    records.push(result);
  });
  return records;
}

/** Throws on the first id or normalised text seen twice across all files. */
export function assertUnique(records: readonly CorpusRecord[]): void {
  const ids = new Set<string>();
  const texts = new Map<string, string>();
  for (const record of records) {
    if (ids.has(record.id)) throw new Error(`duplicate id: ${record.id}`);
    ids.add(record.id);
    const key = normaliseText(record.text);
    const previousText = texts.get(key);
    if (previousText !== undefined) throw new Error(`duplicate text: ${record.id} repeats ${previousText}`);
    texts.set(key, record.id);
  }
}

/** mulberry32: tiny seeded PRNG, enough for a reproducible shuffle. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const byId = (a: CorpusRecord, b: CorpusRecord): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Stratified by category x channel so every stratum keeps its share in both halves. */
export function splitRecords(records: readonly CorpusRecord[], seed = SEED, testRatio = TEST_RATIO) {
  const strata = new Map<string, CorpusRecord[]>();
  for (const record of records) {
    const key = `${record.category}|${record.channel}`;
    strata.set(key, [...(strata.get(key) ?? []), record]);
  }
  const random = mulberry32(seed);
  const train: CorpusRecord[] = [];
  const test: CorpusRecord[] = [];
  for (const key of [...strata.keys()].sort()) {
    const group = [...(strata.get(key) ?? [])].sort(byId);
    for (let i = group.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [group[i], group[j]] = [group[j] as CorpusRecord, group[i] as CorpusRecord];
    }
    const testCount = Math.round(group.length * testRatio);
    test.push(...group.slice(0, testCount));
    train.push(...group.slice(testCount));
  }
  return { train: train.sort(byId), test: test.sort(byId) };
}

/** Fixed key order so the output does not depend on how a source line was written. */
export function toJsonl(records: readonly CorpusRecord[]): string {
  return records
    .map(({ id, channel, category, lang, text, tags }) => JSON.stringify({ id, channel, category, lang, text, tags }))
    .join('\n') + '\n';
}

function countBy(records: readonly CorpusRecord[], field: 'category' | 'channel' | 'lang'): string {
  const counts = new Map<string, number>();
  for (const record of records) counts.set(record[field], (counts.get(record[field]) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `${k}=${n}`).join(' ');
}

function main(corpusDir: string): void {
  const sourceDir = join(corpusDir, 'source');
  const files = readdirSync(sourceDir).filter((name) => name.endsWith('.jsonl')).sort();
  const records = files.flatMap((name) => parseJsonl(join('data/corpus/source', name), readFileSync(join(sourceDir, name), 'utf8')));
  assertUnique(records);
  const { train, test } = splitRecords(records);
  writeFileSync(join(corpusDir, 'train.jsonl'), toJsonl(train));
  writeFileSync(join(corpusDir, 'test.jsonl'), toJsonl(test));
  for (const [name, set] of [['all', records], ['train', train], ['test', test]] as const) {
    console.log(`${name}: ${set.length}`);
    for (const field of ['category', 'channel', 'lang'] as const) console.log(`  ${field}: ${countBy(set, field)}`);
  }
}

if (import.meta.main) {
  try {
    main(join(import.meta.dirname, '..', 'data', 'corpus'));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
