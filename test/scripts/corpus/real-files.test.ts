import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticTexts } from '../../../scripts/corpus/build.ts';
import { findLeaks, nearDuplicates, readRealSplit, REAL_DIR } from '../../../scripts/corpus/checks.ts';
import { duplicateKey } from '../../../scripts/corpus/pipeline.ts';
import { SOURCES } from '../../../scripts/corpus/sources/index.ts';
import { CATEGORIES, CHANNELS } from '../../../src/domain.ts';

const train = readRealSplit('train');
const test = readRealSplit('test');
const trainRows = train.flatMap((f) => f.rows);
const testRows = test.flatMap((f) => f.rows);

describe('committed real-people files (data/corpus/real)', () => {
  it('when the files are read, then each source of the build has a train and a test file and nothing else is there', () => {
    const names = SOURCES.map((s) => `${s.name}.jsonl`).sort();
    expect(train.map((f) => f.file)).toEqual(names.map((n) => `train/${n}`));
    expect(test.map((f) => f.file)).toEqual(names.map((n) => `test/${n}`));
  });

  it('when a row is read, then it has the fields in order, a known category, channel and source, and the file\'s source', () => {
    for (const { file, rows } of [...train, ...test]) {
      const name = file.replace(/^(train|test)\//, '').replace(/\.jsonl$/, '');
      for (const row of rows) {
        expect(Object.keys(row)).toEqual(['id', 'source', 'source_label', 'category', 'channel', 'lang', 'text']);
        expect(CATEGORIES).toContain(row.category);
        expect(CHANNELS).toContain(row.channel);
        expect(row.source).toBe(name);
        expect(row.id.startsWith(`${name}-`)).toBe(true);
        expect(row.text.trim().length).toBeGreaterThan(0);
      }
    }
  });

  it('when ids and duplicate keys are compared across all real rows, then none repeats', () => {
    const all = [...trainRows, ...testRows];
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    expect(new Set(all.map((r) => duplicateKey(r.text))).size).toBe(all.length);
  });

  it('when a real test text is normalised, then it stands in no training file, real or synthetic', () => {
    const synthetic = syntheticTexts().map((s) => s.text);
    expect(findLeaks([...trainRows.map((r) => r.text), ...synthetic], testRows)).toEqual([]);
  });

  it('when a real text is compared with the synthetic corpus, then none is a near-duplicate (word 3-gram Jaccard >= 0.8)', () => {
    const synthetic = syntheticTexts().map((s, k) => ({ id: `${s.file}#${k}`, text: s.text }));
    expect(nearDuplicates([...trainRows, ...testRows], synthetic)).toEqual([]);
  });

  it('when the manifest is read, then its counts match the files', () => {
    const manifest = JSON.parse(readFileSync(join(REAL_DIR, 'manifest.json'), 'utf8')) as { source: string; train: number; test: number; kept: Record<string, number> }[];
    for (const entry of manifest) {
      const rows = [...trainRows, ...testRows].filter((r) => r.source === entry.source);
      expect(trainRows.filter((r) => r.source === entry.source)).toHaveLength(entry.train);
      expect(testRows.filter((r) => r.source === entry.source)).toHaveLength(entry.test);
      for (const [category, n] of Object.entries(entry.kept)) expect(rows.filter((r) => r.category === category)).toHaveLength(n);
    }
  });
});

describe('leak checks', () => {
  it('when a test text is a training text typed differently, then it is reported as a leak', () => {
    const leaks = findLeaks(['I need to refill my Lisinopril 10 mg.'], [{ id: 't1', text: 'i need to refill my lisinopril 20 MG' }, { id: 't2', text: 'what are your hours' }]);
    expect(leaks.map((l) => l.id)).toEqual(['t1']);
  });

  it('when a test text rewords most of a training text, then it is reported as a near-duplicate', () => {
    const pairs = nearDuplicates(
      [{ id: 'a', text: 'since i started taking the new blood pressure pills my ankles are swollen and i feel dizzy every morning' }],
      [{ id: 'b', text: 'Since I started taking the new blood pressure pills my ankles are swollen and I feel dizzy every morning!!' }, { id: 'c', text: 'what are your opening hours on sunday' }],
    );
    expect(pairs.map((p) => p.b)).toEqual(['b']);
  });
});
