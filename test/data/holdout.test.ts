import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/domain.ts';
import { parseDataset } from '../../scripts/lib/dataset.ts';
import { normaliseText } from '../../scripts/split-corpus.ts';
import { defaultTrainingFiles, heldOutTexts, loadTrainingMessages } from '../../scripts/train.ts';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => parseDataset(readFileSync(join(root, path), 'utf8'), path);
const jsonlIn = (dir: string) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => f.endsWith('.jsonl')).map((f) => `${dir}/${f}`) : []);
const holdouts = jsonlIn('data/corpus/holdout');
const realTests = jsonlIn('data/corpus/real/test');

describe('training material and held-out data', () => {
  it('when training files are listed by default, then they are the training split, the extras and the real train splits, never the test split or a holdout', () => {
    const files = defaultTrainingFiles();
    expect(files[0]).toBe('data/corpus/train.jsonl');
    expect(files.every((f) => f === 'data/corpus/train.jsonl' || f.startsWith('data/corpus/extra/') || f.startsWith('data/corpus/real/train/'))).toBe(true);
  });

  it('when every holdout and real test message is compared with the training material, then none of them was trained on', () => {
    const { items } = loadTrainingMessages(defaultTrainingFiles(), heldOutTexts());
    const trained = new Set(items.map((m) => normaliseText(m.text)));
    for (const file of [...holdouts, ...realTests, 'data/corpus/test.jsonl']) {
      const leaked = read(file).filter((m) => trained.has(normaliseText(m.text)));
      expect(leaked.map((m) => m.text), file).toEqual([]);
    }
  });

  it('when a holdout file is read, then every line is labelled with one of the three categories', () => {
    expect(holdouts.length).toBeGreaterThan(0);
    for (const file of holdouts) for (const m of read(file)) expect(CATEGORIES).toContain(m.category);
  });
});
