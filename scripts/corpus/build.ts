/**
 * `npm run corpus:build -- --snapshots DIR [--out data/corpus/real]`
 * Rebuilds data/corpus/real/{train,test}/<source>.jsonl and data/corpus/real/manifest.json byte for
 * byte from the repository snapshots the library's `fetch` tool put in DIR (DIR/<owner>+<name>/repo),
 * each read at its pinned commit. See data/corpus/SOURCES.md for the sources and their mapping tables.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
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

function main(): void {
  const { values } = parseArgs({ options: { snapshots: { type: 'string' }, out: { type: 'string', default: join(ROOT, 'data', 'corpus', 'real') } } });
  if (values.snapshots === undefined) throw new Error('usage: npm run corpus:build -- --snapshots DIR [--out DIR]');
  const seen = new Map<string, string>();
  for (const { file, text } of syntheticTexts()) if (!seen.has(duplicateKey(text))) seen.set(duplicateKey(text), `the synthetic corpus (${file})`);
  const results: { name: string; result: SourceResult }[] = [];
  for (const source of SOURCES) {
    const snapshot = openSnapshot(values.snapshots, source.repo, source.commit);
    const result = buildSource(source, source.read(snapshot), seen);
    results.push({ name: source.name, result });
  }
  for (const split of ['train', 'test'] as const) mkdirSync(join(values.out, split), { recursive: true });
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
