/**
 * The shared steps that turn a public corpus into careroute's labelled rows: clean the text, map the
 * source label through the source's table, drop duplicates (within the source, against earlier
 * sources and against the synthetic corpus), sample a capped number per category by a stable hash,
 * and split train/test by a stable hash of the duplicate key. No randomness, no clock: the same
 * snapshot always gives the same bytes.
 */
import { createHash } from 'node:crypto';
import type { Category, Channel } from '../../src/domain.ts';
import type { Snapshot } from './snapshot.ts';

/** One message read from a snapshot, before mapping. `ref` identifies it inside the source (file#row id). */
export interface RawRow {
  ref: string;
  label: string;
  text: string;
}

/** A mapping decision: the category, or why the row is dropped. */
export type Decision = { category: Category } | { drop: string };

export interface RealSource {
  /** File name under data/corpus/real/{train,test}/ and the `source` field. */
  name: string;
  repo: string;
  commit: string;
  paths: string[];
  licence: string;
  /** A licence file of the snapshot that must travel with the derived files (copied to real/licences/). */
  licenceFile?: string;
  /** The snapshot that holds `licenceFile`, when the source is a mirror without a licence of its own. */
  licenceFrom?: { repo: string; commit: string };
  channel: Channel;
  /** At most this many messages per category after mapping and de-duplication. */
  caps: Partial<Record<Category, number>>;
  read(snapshot: Snapshot): RawRow[];
  map(row: RawRow): Decision;
}

/** One line of data/corpus/real/{train,test}/<source>.jsonl. */
export interface RealRow {
  id: string;
  source: string;
  source_label: string;
  category: Category;
  channel: Channel;
  lang: 'en';
  text: string;
}

export const TEST_SHARE = 0.2;
export const MIN_CHARS = 3;
export const MAX_CHARS = 1500;

/** The text as stored: Unicode NFC, any run of whitespace one space, trimmed. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * The duplicate key: lower case, accents stripped, every digit 0, punctuation and spacing collapsed.
 * Two messages with the same key are the same message for every leak and duplicate check.
 */
export function duplicateKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\d/g, '0')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** A number in [0, 1) from a salted SHA-256: stable across runs, machines and Node versions. */
export function unitHash(salt: string, value: string): number {
  return parseInt(sha256Hex(`${salt}\u0000${value}`).slice(0, 12), 16) / 2 ** 48;
}

/** Test or train, from the duplicate key alone: equal keys always land in the same split. */
export function splitOf(key: string): 'train' | 'test' {
  return unitHash('careroute-real-split-v1', key) < TEST_SHARE ? 'test' : 'train';
}

export interface SourceResult {
  train: RealRow[];
  test: RealRow[];
  read: number;
  kept: Record<string, number>;
  dropped: Record<string, number>;
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/**
 * Maps, de-duplicates, samples and splits one source. `seen` holds the duplicate keys of the synthetic
 * corpus and of every earlier source (it is extended with this source's kept keys).
 */
export function buildSource(source: RealSource, rows: readonly RawRow[], seen: Map<string, string>): SourceResult {
  const dropped: Record<string, number> = {};
  const candidates = new Map<Category, { row: RawRow; text: string; key: string }[]>();
  const own = new Set<string>();
  for (const row of rows) {
    const text = cleanText(row.text);
    const decision = source.map({ ...row, text });
    if ('drop' in decision) {
      bump(dropped, decision.drop);
      continue;
    }
    if (text.length < MIN_CHARS) {
      bump(dropped, `shorter than ${MIN_CHARS} characters`);
      continue;
    }
    if (text.length > MAX_CHARS) {
      bump(dropped, `longer than ${MAX_CHARS} characters`);
      continue;
    }
    const key = duplicateKey(text);
    if (key === '') {
      bump(dropped, 'no letters or digits');
      continue;
    }
    if (own.has(key)) {
      bump(dropped, 'duplicate within the source');
      continue;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      bump(dropped, `duplicate of ${earlier}`);
      continue;
    }
    own.add(key);
    const list = candidates.get(decision.category) ?? [];
    list.push({ row, text, key });
    candidates.set(decision.category, list);
  }
  const kept: Record<string, number> = {};
  const train: RealRow[] = [];
  const test: RealRow[] = [];
  for (const category of [...candidates.keys()].sort()) {
    const list = candidates.get(category)!;
    const ranked = list
      .map((item) => ({ ...item, rank: sha256Hex(`careroute-real-sample-v1\u0000${source.name}\u0000${item.key}`) }))
      .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
    const cap = source.caps[category] ?? Infinity;
    const chosen = ranked.slice(0, cap);
    if (ranked.length > chosen.length) dropped[`over the ${category} cap of ${cap}`] = ranked.length - chosen.length;
    kept[category] = chosen.length;
    for (const item of chosen) {
      seen.set(item.key, `source ${source.name}`);
      const out: RealRow = {
        id: `${source.name}-${sha256Hex(`${source.repo}\u0000${item.row.ref}`).slice(0, 12)}`,
        source: source.name,
        source_label: item.row.label,
        category,
        channel: source.channel,
        lang: 'en',
        text: item.text,
      };
      (splitOf(item.key) === 'test' ? test : train).push(out);
    }
  }
  const byId = (a: RealRow, b: RealRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { train: train.sort(byId), test: test.sort(byId), read: rows.length, kept, dropped };
}

export function rowsToJsonl(rows: readonly RealRow[]): string {
  return rows
    .map(({ id, source, source_label, category, channel, lang, text }) => JSON.stringify({ id, source, source_label, category, channel, lang, text }))
    .map((line) => `${line}\n`)
    .join('');
}
