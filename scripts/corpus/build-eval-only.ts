/**
 * Builds the evaluation-only sources (scripts/corpus/sources/eval-only.ts) into
 * data/corpus/eval-only/<name>.jsonl (gitignored: never committed, never trained on) and
 * data/corpus/eval-only/manifest.json, with the steps of the training sources (clean, map, drop
 * duplicates) and no split: every kept row is evaluation. A row is dropped when its duplicate key
 * equals any text of the synthetic corpus or of the committed real sources (train or test), or when
 * it is a near-duplicate (word 3-gram Jaccard >= 0.8) of one, so no evaluation text stands in training.
 * Each source is built on its own (one eval-only source never drops a row of another).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticTexts, withoutNearDuplicates } from './build.ts';
import { readRealSplit } from './checks.ts';
import { buildSource, duplicateKey, rowsToJsonl, type RealRow } from './pipeline.ts';
import { openSnapshot } from './snapshot.ts';
import { EVAL_ONLY_SOURCES } from './sources/eval-only.ts';

export const EVAL_ONLY_DIR = join(import.meta.dirname, '..', '..', 'data', 'corpus', 'eval-only');

export function buildEvalOnly(snapshotsDir: string, outDir = EVAL_ONLY_DIR, log: (line: string) => void = console.log): void {
  const synthetic = syntheticTexts().map(({ file, text }, k) => ({ id: `${file}#${k}`, text, origin: `the synthetic corpus (${file})` }));
  const real = (['train', 'test'] as const).flatMap((split) => readRealSplit(split).flatMap(({ file, rows }) => rows.map((row) => ({ id: row.id, text: row.text, origin: `the real corpus (${file})` }))));
  const training = new Map<string, string>();
  for (const { text, origin } of [...synthetic, ...real]) if (!training.has(duplicateKey(text))) training.set(duplicateKey(text), origin);
  mkdirSync(outDir, { recursive: true });
  const manifest = EVAL_ONLY_SOURCES.map((source) => {
    const snapshot = openSnapshot(snapshotsDir, source.repo, source.commit);
    const built = buildSource(source, source.read(snapshot), new Map(training));
    const result = withoutNearDuplicates(withoutNearDuplicates(built, synthetic), real, 'near-duplicate of a committed real source (word 3-gram Jaccard >= 0.8)');
    const rows: RealRow[] = [...result.train, ...result.test].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    writeFileSync(join(outDir, `${source.name}.jsonl`), rowsToJsonl(rows));
    const kept = Object.fromEntries(Object.entries(result.kept).filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : 1)));
    const dropped = Object.fromEntries(Object.entries(result.dropped).sort(([a], [b]) => (a < b ? -1 : 1)));
    log(`${source.name} (eval only): read ${result.read}, kept ${rows.length} (${Object.entries(kept).map(([c, n]) => `${c} ${n}`).join(', ')})`);
    for (const [reason, n] of Object.entries(dropped)) log(`  dropped ${n}: ${reason}`);
    return { source: source.name, repo: source.repo, commit: source.commit, paths: source.paths, licence: source.licence, read: result.read, kept, rows: rows.length, dropped };
  });
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}
