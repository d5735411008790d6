import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, CHANNELS } from '../../src/domain.ts';
import {
  assertUnique,
  normaliseText,
  parseJsonl,
  splitRecords,
  validateRecord,
} from '../../scripts/split-corpus.ts';
import type { CorpusRecord } from '../../scripts/split-corpus.ts';

const corpusDir = join(import.meta.dirname, '..', '..', 'data', 'corpus');
const load = (name: string): CorpusRecord[] =>
  parseJsonl(`data/corpus/${name}`, readFileSync(join(corpusDir, name), 'utf8'));

describe('corpus split files', () => {
  const train = load('train.jsonl');
  const test = load('test.jsonl');

  it('when both files are read, then every line is a valid record and there are at least 2000', () => {
    expect(train.length + test.length).toBeGreaterThanOrEqual(2000);
    for (const record of [...train, ...test]) expect(validateRecord(record)).toEqual(record);
  });

  it('when ids are collected across both files, then none repeats', () => {
    const ids = [...train, ...test].map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('when texts are normalised, then no test text also appears in train', () => {
    const trainTexts = new Set(train.map((record) => normaliseText(record.text)));
    const leaked = test.filter((record) => trainTexts.has(normaliseText(record.text))).map((r) => r.id);
    expect(leaked).toEqual([]);
  });

  it.each([
    ['train', train],
    ['test', test],
  ] as const)('when the %s file is counted, then every category is at least 25% and every channel is present', (_name, records) => {
    for (const category of CATEGORIES) {
      const share = records.filter((record) => record.category === category).length / records.length;
      expect(share, category).toBeGreaterThanOrEqual(0.25);
    }
    for (const channel of CHANNELS) {
      expect(records.some((record) => record.channel === channel), channel).toBe(true);
    }
  });

  it('when the files are checked for order, then each is sorted by id', () => {
    for (const records of [train, test]) {
      const ids = records.map((record) => record.id);
      expect(ids).toEqual([...ids].sort());
    }
  });
});

describe('split-corpus helpers', () => {
  const record = (id: string, text: string, category: CorpusRecord['category'] = 'informational'): CorpusRecord => ({
    id, channel: 'chat', category, lang: 'en', text, tags: [],
  });

  it('when a line breaks the format, then parseJsonl names the file and line', () => {
    const good = JSON.stringify(record('chat-0001', 'hours?'));
    const bad = JSON.stringify({ ...record('chat-0002', 'hi'), category: 'urgent' });
    expect(() => parseJsonl('x.jsonl', `${good}\n${bad}\n`)).toThrow('x.jsonl:2: bad category');
    expect(() => parseJsonl('x.jsonl', '{oops')).toThrow('x.jsonl:1: invalid JSON');
  });

  it('when a tag or a field is unknown, or the id does not match the channel, then the record is rejected', () => {
    expect(validateRecord({ ...record('chat-0001', 'a'), tags: ['nope'] })).toMatch(/unknown tag/);
    expect(validateRecord({ ...record('chat-0001', 'a'), extra: 1 })).toMatch(/unknown field/);
    expect(validateRecord({ ...record('api-0001', 'a') })).toMatch(/does not match channel/);
  });

  it('when two texts differ only by case and spacing, then they count as duplicates', () => {
    expect(() => assertUnique([record('chat-0001', 'Refill  please'), record('chat-0002', 'refill please ')])).toThrow(
      'duplicate text',
    );
    expect(() => assertUnique([record('chat-0001', 'a'), record('chat-0001', 'b')])).toThrow('duplicate id');
  });

  it('when the same records are split twice, then the halves are identical and stratified', () => {
    const records = Array.from({ length: 100 }, (_, i) =>
      record(`chat-${String(i).padStart(4, '0')}`, `message ${i}`, CATEGORIES[i % 3]),
    );
    const first = splitRecords(records);
    expect(splitRecords([...records].reverse())).toEqual(first);
    for (const category of CATEGORIES) {
      const total = records.filter((r) => r.category === category).length;
      expect(first.test.filter((r) => r.category === category)).toHaveLength(Math.round(total * 0.2));
    }
  });
});
