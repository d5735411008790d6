/**
 * `npm run corpus:build -- --snapshots DIR [--out data/corpus/real]`
 * Rebuilds data/corpus/real/{train,test}/<source>.jsonl and data/corpus/real/manifest.json byte for
 * byte from the repository snapshots the library's `fetch` tool put in DIR (DIR/<owner>+<name>/repo),
 * each read at its pinned commit; with --eval-only, the evaluation-only sources into the gitignored
 * data/corpus/eval-only/ instead (scripts/corpus/build-eval-only.ts). See data/corpus/SOURCES.md for the sources and their mapping tables.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildEvalOnly } from './build-eval-only.ts';
import { nearDuplicates } from './checks.ts';
import { buildSource, duplicateKey, rowsToJsonl, type SourceResult } from './pipeline.ts';
import { openSnapshot } from './snapshot.ts';
import { SOURCES } from './sources/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every text of the synthetic corpus (source, extra, holdout and the split files). */
export function syntheticTexts(corpusDir = join(ROOT, 'data', 'corpus')): { file: string; text: string }[] {
  const files = ['source', 'extra', 'holdout'].flatMap((dir) =>
    readdirSync(join(corpusDir, dir)).filter((name) => name.endsWith('.jsonl')).sort().map((name) => join(dir, name)));
  return ['train.jsonl', 'test.jsonl', ...files].flatMap((file) =>
    readFileSync(join(corpusDir, file), 'utf8').split('\n').filter((line) => line.trim() !== '')
      .map((line) => ({ file, text: String((JSON.parse(line) as { text?: unknown }).text ?? '') })));
}

function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Drops the kept rows that are near-duplicates (word 3-gram Jaccard >= 0.8) of a synthetic text. */
export function withoutNearDuplicates(result: SourceResult, synthetic: readonly { id: string; text: string }[], reason = 'near-duplicate of the synthetic corpus (word 3-gram Jaccard >= 0.8)'): SourceResult {
  const near = new Set(nearDuplicates([...result.train, ...result.test], synthetic).map((pair) => pair.a));
  if (near.size === 0) return result;
  const kept = { ...result.kept };
  for (const row of [...result.train, ...result.test]) if (near.has(row.id)) kept[row.category] = (kept[row.category] ?? 0) - 1;
  return {
    ...result,
    train: result.train.filter((row) => !near.has(row.id)),
    test: result.test.filter((row) => !near.has(row.id)),
    kept,
    dropped: { ...result.dropped, [reason]: (result.dropped[reason] ?? 0) + near.size },
  };
}

function main(): void {
  const { values } = parseArgs({ options: { snapshots: { type: 'string' }, out: { type: 'string', default: join(ROOT, 'data', 'corpus', 'real') }, 'eval-only': { type: 'boolean', default: false } } });
  if (values.snapshots === undefined) throw new Error('usage: npm run corpus:build -- --snapshots DIR [--out DIR] [--eval-only]');
  // --eval-only: the sources that are never trained on nor committed (data/corpus/eval-only/, gitignored).
  if (values['eval-only']) return buildEvalOnly(values.snapshots);
  const seen = new Map<string, string>();
  const synthetic = syntheticTexts();
  for (const { file, text } of synthetic) if (!seen.has(duplicateKey(text))) seen.set(duplicateKey(text), `the synthetic corpus (${file})`);
  const syntheticRows = synthetic.map(({ file, text }, k) => ({ id: `${file}#${k}`, text }));
  const results: { name: string; result: SourceResult }[] = [];
  const licences: { file: string; text: string }[] = [];
  for (const source of SOURCES) {
    const snapshot = openSnapshot(values.snapshots, source.repo, source.commit);
    const result = withoutNearDuplicates(buildSource(source, source.read(snapshot), seen), syntheticRows);
    results.push({ name: source.name, result });
    const licenceSnapshot = source.licenceFrom === undefined ? snapshot : openSnapshot(values.snapshots, source.licenceFrom.repo, source.licenceFrom.commit);
    if (source.licenceFile !== undefined) licences.push({ file: `${source.name}-${basename(source.licenceFile)}`, text: licenceSnapshot.read(source.licenceFile) });
  }
  for (const split of ['train', 'test', 'licences'] as const) mkdirSync(join(values.out, split), { recursive: true });
  for (const { file, text } of licences) writeFileSync(join(values.out, 'licences', file), text);
  const manifest = results.map(({ name, result }) => {
    const source = SOURCES.find((s) => s.name === name)!;
    writeFileSync(join(values.out, 'train', `${name}.jsonl`), rowsToJsonl(result.train));
    writeFileSync(join(values.out, 'test', `${name}.jsonl`), rowsToJsonl(result.test));
    const line = `${name}: read ${result.read}, kept ${result.train.length + result.test.length} (train ${result.train.length}, test ${result.test.length})`;
    console.log(line);
    for (const [reason, n] of Object.entries(sorted(result.dropped))) console.log(`  dropped ${n}: ${reason}`);
    return {
      source: name, repo: source.repo, commit: source.commit, paths: source.paths, licence: source.licence,
      read: result.read, kept: sorted(result.kept), train: result.train.length, test: result.test.length, dropped: sorted(result.dropped),
    };
  });
  writeFileSync(join(values.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

if (import.meta.main) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
