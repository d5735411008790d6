import { readFileSync } from 'node:fs';
import { CATEGORIES, CHANNELS, isCategory, type Category, type Channel } from '../../src/domain.ts';

/** One labelled message of a JSONL corpus or evaluation file. */
export interface LabelledMessage {
  /** 1-based line number in the file, for messages that name it. */
  line: number;
  text: string;
  category: Category;
  channel: Channel;
  /** The `source` field when the line has one (real-people corpora name their origin there). */
  source?: string;
}

/** A bad line: the message is the single line the CLI prints (`file:17: category must be …`). */
export class DatasetError extends Error {
  override name = 'DatasetError';
}

/**
 * Parses JSONL: one object a line with `text` (or `message`) and `category`; `channel` when present
 * (default chat) and `source` when present; every other field ignored. Blank lines are skipped. Stops at the first bad line.
 */
export function parseDataset(content: string, source: string): LabelledMessage[] {
  const items: LabelledMessage[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
    const fail = (problem: string) => new DatasetError(`${source}:${i + 1}: ${problem}`);
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw fail('not valid JSON');
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw fail('expected a JSON object');
    const record = value as Record<string, unknown>;
    const text = record['text'] ?? record['message'];
    if (typeof text !== 'string' || text.trim() === '') throw fail('text (or message) must be a non-empty string');
    if (!isCategory(record['category'])) throw fail(`category must be one of ${CATEGORIES.join(', ')}`);
    const channel = record['channel'] ?? 'chat';
    if (!(CHANNELS as readonly unknown[]).includes(channel)) throw fail(`channel must be one of ${CHANNELS.join(', ')}`);
    const origin = record['source'];
    if (origin !== undefined && (typeof origin !== 'string' || origin.trim() === '')) throw fail('source, when present, must be a non-empty string');
    items.push({ line: i + 1, text, category: record['category'], channel: channel as Channel, ...(origin === undefined ? {} : { source: origin }) });
  }
  if (items.length === 0) throw new DatasetError(`${source}: no messages (expected one JSON object a line)`);
  return items;
}

export function readDataset(path: string): LabelledMessage[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DatasetError(`${path}: ${code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? 'error'})`}`);
  }
  return parseDataset(content, path);
}
