/**
 * `npm run eval:loso [-- --root data/corpus] [--source NAME ...] [--pool NAME=S1,S2 ...] [--report OUT.json]
 *   [--models DIR] [--split test|train]`
 * `--models DIR` keeps each fold's model in DIR (reused while the fold's training data is unchanged);
 * `--split train` tests each fold on the left-out source's TRAINING split instead: still out of
 * source, and the split whose errors may be read when the guard is worked on.
 * Leave-one-source-out: for every real-people source S (a data/corpus/real/train/S.jsonl with a
 * matching real/test/S.jsonl), trains the model without any of S's messages and evaluates it, with
 * the safety guard on top, on S's test split: the figure that predicts text from a source the model
 * has never seen. Each fold refits the shipped model family and features with the shipped
 * hyper-parameters (L2 penalty, character weight, safety bias, temperature, source weights); it
 * skips the grid search and the bias/temperature fitting that `npm run train` runs by cross-validation.
 * `--pool healthcare=kqa,medquad,vaers` adds a row pooled over those sources' folds.
 * Sources built from the same collection share a name prefix (star, starslots and starfraud): a fold
 * leaves out the whole family, or the model would have seen the source's text.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { countFeatures, countsToIds } from '../src/classifier/local/features.ts';
import { fitNaiveBayes } from '../src/classifier/local/naive-bayes.ts';
import { createLocalClassifier } from '../src/classifier/local/local-classifier.ts';
import { loadLocalModel, parseLocalModel } from '../src/classifier/local/model-file.ts';
import type { LocalModel } from '../src/classifier/local/model.ts';
import { scanSafety } from '../src/classifier/safety-guard.ts';
import { CATEGORIES } from '../src/domain.ts';
import { normaliseMessage } from '../src/triage/normalise.ts';
import { buildArtifact } from './lib/artifact.ts';
import { fitModel, type TrainParams } from './lib/cross-validate.ts';
import { readDataset, type LabelledMessage } from './lib/dataset.ts';
import type { EvalRecord } from './lib/evaluate.ts';
import { runEvaluation } from './lib/evaluate.ts';
import { formatSourceTable, perSourceFigures, pooledFigures, type SourceFigures } from './lib/per-source.ts';
import { defaultTrainingFiles, FEATURE_BASE, heldOutTexts, loadTrainingMessages, naiveBayesArtifact, sourceWeights } from './train.ts';

/** The shipped model's choices, reused by every fold. */
export function shippedParams(model: LocalModel): { params: TrainParams; safetyBias: number; temperature: number; naiveBayes?: { alpha: number; weight: number } } {
  const h = model.hyperparameters as Partial<TrainParams>;
  const num = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback);
  return {
    params: {
      l2: num(h.l2, 3e-5),
      minDf: num(h.minDf, 2),
      maxFeatures: num(h.maxFeatures, 60_000),
      charWeight: num(h.charWeight, model.features.char_weight),
      maxIterations: num(h.maxIterations, 300),
    },
    safetyBias: model.safety_bias,
    temperature: model.temperature,
    ...(model.naive_bayes ? { naiveBayes: { alpha: model.naive_bayes.alpha, weight: model.naive_bayes.weight } } : {}),
  };
}

/** Fits the shipped family on `items` with fixed choices; the model in memory, as the artifact would be. */
export function fitFixed(items: readonly LabelledMessage[], sources: readonly string[], choice: ReturnType<typeof shippedParams>): LocalModel {
  const docs = items.map((m) => countFeatures(normaliseMessage(m.text, m.channel), { ...FEATURE_BASE, char_weight: 1 }));
  const labels = items.map((m) => CATEGORIES.indexOf(m.category));
  const fitted = fitModel(docs, labels, choice.params, sourceWeights(sources));
  const nb = choice.naiveBayes;
  const naiveBayes = nb && naiveBayesArtifact(fitNaiveBayes(docs.map((doc) => countsToIds(doc, fitted.vocab.index).ids), labels, fitted.vocab.isChar, nb.alpha), fitted.vocab.isChar, nb.alpha, nb.weight);
  return buildArtifact({
    naiveBayes,
    fitted,
    features: { ...FEATURE_BASE, char_weight: choice.params.charWeight },
    params: choice.params,
    temperature: choice.temperature,
    safetyBias: choice.safetyBias,
    hyperparameters: { ...choice.params },
    training: { messages: items.length },
    metrics: {},
  });
}

/** The sources of `source`'s family: every source whose name starts with the family's shortest name. */
export function familyOf(source: string, sources: readonly string[]): string[] {
  const root = sources.filter((s) => source.startsWith(s)).sort((a, b) => a.length - b.length)[0] ?? source;
  return sources.filter((s) => s.startsWith(root));
}

/** Real sources that have both a training and a test split, sorted. */
export function realSources(root: string): string[] {
  const dir = `${root}/real/train`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl') && existsSync(`${root}/real/test/${f}`))
    .map((f) => basename(f, '.jsonl'))
    .sort();
}

export async function leaveOneSourceOut(
  root: string,
  only: readonly string[],
  log: (line: string) => void,
  pools: ReadonlyMap<string, readonly string[]> = new Map(),
  options: { models?: string | undefined; split?: 'test' | 'train' } = {},
): Promise<SourceFigures[]> {
  const choice = shippedParams(loadLocalModel());
  const files = defaultTrainingFiles(root);
  const exclude = heldOutTexts(root);
  const every = realSources(root);
  const sources = every.filter((s) => only.length === 0 || only.includes(s));
  const all: EvalRecord[] = [];
  const groups: string[] = [];
  for (const source of sources) {
    const started = performance.now();
    const family = familyOf(source, every);
    const training = loadTrainingMessages(files, exclude, family);
    const classifier = createLocalClassifier({ model: foldModel(training, choice, options.models) });
    const test = readDataset(`${root}/real/${options.split ?? 'test'}/${source}.jsonl`);
    const records = await runEvaluation(test, { classifier, scan: scanSafety, warmup: 0, concurrency: 1 });
    all.push(...records);
    groups.push(...records.map(() => source));
    log(`fold ${source}: trained on ${training.items.length} messages without ${family.join(' and ')}, tested on ${test.length} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  if (all.length === 0) return [];
  const pooled = [...pools].map(([name, members]) => pooledFigures(name, all, groups, members));
  return [...perSourceFigures(all, groups), ...pooled];
}

/**
 * The fold's model: with `dir`, read from the file named by the digest of exactly these training
 * messages and choices when it is there, else fitted and written there, so that a rerun after a
 * guard change skips the training (star, starslots and starfraud share one fold model).
 */
export function foldModel(training: ReturnType<typeof loadTrainingMessages>, choice: ReturnType<typeof shippedParams>, dir: string | undefined): LocalModel {
  const digest = createHash('sha256')
    .update(JSON.stringify([choice, FEATURE_BASE, training.items.map((m) => [m.text, m.category, m.channel]), training.sources]))
    .digest('hex');
  const path = dir === undefined ? undefined : join(dir, `fold-${digest.slice(0, 16)}.json`);
  if (path !== undefined && existsSync(path)) {
    const cached = JSON.parse(readFileSync(path, 'utf8')) as { digest: string; model: unknown };
    if (cached.digest === digest) return parseLocalModel(cached.model, path);
  }
  const model = fitFixed(training.items, training.sources, choice);
  if (path !== undefined && dir !== undefined) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, JSON.stringify({ digest, model }));
  }
  return model;
}

/** `name=a,b,c` options as a map; a bad one stops with one line. */
export function parsePools(values: readonly string[]): Map<string, string[]> {
  return new Map(
    values.map((v) => {
      const [name, list] = v.split('=');
      if (!name || !list) throw new Error(`eval:loso: --pool must look like NAME=SOURCE1,SOURCE2 (got ${v})`);
      return [name, list.split(',').filter((s) => s !== '')];
    }),
  );
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: 'data/corpus' },
      source: { type: 'string', multiple: true },
      pool: { type: 'string', multiple: true },
      report: { type: 'string' },
      models: { type: 'string' },
      split: { type: 'string', default: 'test' },
    },
  });
  if (values.split !== 'test' && values.split !== 'train') {
    console.error(`eval:loso: --split must be test or train (got ${values.split})`);
    return 1;
  }
  const rows = await leaveOneSourceOut(values.root, values.source ?? [], console.log, parsePools(values.pool ?? []), { models: values.models, split: values.split });
  if (rows.length === 0) {
    console.error(`eval:loso: no real source with both ${values.root}/real/train/S.jsonl and ${values.root}/real/test/S.jsonl`);
    return 1;
  }
  console.log(`\nleave-one-source-out (each row: trained without that source, tested on its test split; all = pooled):\n${formatSourceTable(rows)}`);
  if (values.report) writeFileSync(values.report, `${JSON.stringify(rows, null, 2)}\n`);
  return 0;
}

if (import.meta.main) process.exitCode = await main();
