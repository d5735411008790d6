import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { familyOf, leaveOneSourceOut, parsePools, realSources } from '../../scripts/eval-loso.ts';
import { trainSoftmax } from '../../scripts/lib/softmax-regression.ts';
import { normaliseText } from '../../scripts/split-corpus.ts';
import { defaultTrainingFiles, heldOutTexts, loadTrainingMessages, sourceWeights } from '../../scripts/train.ts';

const line = (text: string, category: string, source?: string) => JSON.stringify({ text, category, ...(source ? { source } : {}) });

/** A corpus root with a synthetic split, one holdout and two real sources (train and test each). */
function fixtureRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'careroute-corpus-'));
  for (const dir of ['extra', 'holdout', 'real/train', 'real/test']) mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, 'train.jsonl'), [line('what time do you open', 'informational'), line('refill my meds', 'service_action')].join('\n'));
  writeFileSync(join(root, 'test.jsonl'), line('where is the nearest store', 'informational'));
  writeFileSync(join(root, 'holdout/fresh.jsonl'), line('cancel my order', 'service_action'));
  writeFileSync(
    join(root, 'real/train/forum.jsonl'),
    [line('My face swelled up after the new pills', 'safety_compliance', 'forum'), line('Rash  since I started it', 'safety_compliance', 'forum')].join('\n'),
  );
  // The second line repeats a text of the forum's test split (case and spacing differ).
  writeFileSync(join(root, 'real/test/forum.jsonl'), line('rash since i started it', 'safety_compliance', 'forum'));
  writeFileSync(join(root, 'real/train/bank.jsonl'), [line('I do not recognise this charge', 'safety_compliance'), line('change my address', 'service_action')].join('\n'));
  writeFileSync(join(root, 'real/test/bank.jsonl'), line('please update my card', 'service_action'));
  return root;
}

describe('the training set and the real sources', () => {
  it('when training files are listed, then every real train split is in and no real test split is', () => {
    const root = fixtureRoot();
    const files = defaultTrainingFiles(root);
    expect(files).toContain(`${root}/real/train/forum.jsonl`);
    expect(files).toContain(`${root}/real/train/bank.jsonl`);
    expect(files.some((f) => f.includes('/real/test/') || f.includes('/holdout/') || f.endsWith('/test.jsonl'))).toBe(false);
  });

  it('when a real test text also stands in a real train file, then it is left out of what train.ts trains on', () => {
    const root = fixtureRoot();
    const files = defaultTrainingFiles(root);
    const leaking = loadTrainingMessages(files, new Set()).items.map((m) => normaliseText(m.text));
    expect(leaking).toContain('rash since i started it');
    const { items, left } = loadTrainingMessages(files, heldOutTexts(root));
    expect(items.map((m) => normaliseText(m.text))).not.toContain('rash since i started it');
    expect(left).toBe(1);
  });

  it('when a source is left out, then none of its messages are trained on and the others keep their source names', () => {
    const root = fixtureRoot();
    const { items, sources } = loadTrainingMessages(defaultTrainingFiles(root), heldOutTexts(root), 'forum');
    expect(sources).not.toContain('forum');
    expect(items.map((m) => m.text)).not.toContain('My face swelled up after the new pills');
    // bank's lines name no source: the file's name stands in; synthetic files are one group.
    expect([...new Set(sources)].sort()).toEqual(['bank', 'synthetic']);
  });

  it('when the real sources are listed for leave-one-source-out, then they are those with a train and a test split', () => {
    const root = fixtureRoot();
    writeFileSync(join(root, 'real/train/orphan.jsonl'), line('hello', 'informational'));
    expect(realSources(root)).toEqual(['bank', 'forum']);
  });

  it('when a source has more messages than the cap, then its messages together weigh as much as the cap', () => {
    const weights = sourceWeights(['a', 'a', 'a', 'a', 'b'], 2)!;
    expect(weights).toEqual([0.5, 0.5, 0.5, 0.5, 1]);
    expect(sourceWeights(['a', 'b'], undefined)).toBeUndefined();
  });

  it('when a row has weight 2, then the fit equals the fit with that row twice', () => {
    const x = (rows: number[][]) => ({
      rows: rows.length,
      columns: 2,
      indptr: Int32Array.from({ length: rows.length + 1 }, (_, i) => i * 2),
      indices: Int32Array.from(rows.flatMap(() => [0, 1])),
      values: Float64Array.from(rows.flat()),
    });
    const options = { l2: 1e-2, maxIterations: 200 };
    const weighted = trainSoftmax(x([[1, 0], [0, 1], [0.5, 0.5]]), [0, 1, 2], { ...options, sampleWeights: [2, 1, 1] });
    const repeated = trainSoftmax(x([[1, 0], [1, 0], [0, 1], [0.5, 0.5]]), [0, 0, 1, 2], options);
    // Mean cross-entropy: weights are scaled to a mean of 1, so 3 rows weighing 4 equal 4 rows.
    const sum = (a: Float64Array) => Array.from(a).map((v) => Math.round(v * 1e3) / 1e3);
    expect(sum(weighted.bias)).toEqual(sum(repeated.bias));
  });
});

describe('leave-one-source-out', () => {
  it('when run on a small corpus, then each real source gets a fold row, then all, then each pool', async () => {
    const root = fixtureRoot();
    const lines: string[] = [];
    const rows = await leaveOneSourceOut(root, [], (l) => lines.push(l), parsePools(['health=forum']));
    expect(rows.map((r) => [r.source, r.n])).toEqual([
      ['bank', 1],
      ['forum', 1],
      ['all', 2],
      ['health', 1],
    ]);
    // The forum fold trained without the forum's messages: 2 synthetic + 2 bank.
    expect(lines.find((l) => l.startsWith('fold forum'))).toMatch(/trained on 4 messages without forum,/);
  });

  it('when fold models are kept in a folder, then a second run reuses them and --split train tests the left-out training split', async () => {
    const root = fixtureRoot();
    const models = mkdtempSync(join(tmpdir(), 'careroute-folds-'));
    const first = await leaveOneSourceOut(root, ['forum'], () => undefined, new Map(), { models });
    const kept = readdirSync(models);
    expect(kept).toHaveLength(1);
    const again = await leaveOneSourceOut(root, ['forum'], () => undefined, new Map(), { models });
    expect(again).toEqual(first);
    expect(readdirSync(models)).toEqual(kept);
    // The forum's training split has two messages; its test split one.
    const onTrain = await leaveOneSourceOut(root, ['forum'], () => undefined, new Map(), { models, split: 'train' });
    expect(onTrain.find((r) => r.source === 'forum')?.n).toBe(2);
  });

  it('when two sources come from one collection (a shared name prefix), then a fold leaves out both', () => {
    const sources = ['druglib', 'druglibsent', 'star', 'starslots', 'vaers'];
    expect(familyOf('druglibsent', sources)).toEqual(['druglib', 'druglibsent']);
    expect(familyOf('druglib', sources)).toEqual(['druglib', 'druglibsent']);
    expect(familyOf('vaers', sources)).toEqual(['vaers']);
  });

  it('when a pool is not NAME=SOURCES, then it says how it must look', () => {
    expect(() => parsePools(['health'])).toThrow(/--pool must look like NAME=SOURCE1,SOURCE2/);
  });
});
