/**
 * `npm run eval -- --data FILE.jsonl|DIR [--provider local|openai] [--report OUT.json]`
 * Classifies every labelled message as the service would (normalise, classify, safety guard) and
 * prints accuracy, per-class figures, the confusion matrix, safety recall, calibration, latency and,
 * for openai, tokens and cost. With a folder (every .jsonl in it) or lines naming a `source`, it also
 * prints one row per source (service, model alone, ECE, and what the guard saved and cost). A bad input file stops it with one line naming the line and the problem.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createLocalClassifier } from '../src/classifier/local/local-classifier.ts';
import { LocalModelError } from '../src/classifier/local/model-file.ts';
import { createOpenAiClassifier } from '../src/classifier/openai-provider.ts';
import { parsePromptVariants } from '../src/classifier/prompt-variants.ts';
import { PROMPTS } from '../src/classifier/prompts/index.ts';
import type { Classifier } from '../src/classifier/types.ts';
import { ConfigError, loadConfig } from '../src/config.ts';
import { DatasetError } from './lib/dataset.ts';
import { perSourceFigures, readEvalSet } from './lib/per-source.ts';
import { formatReport } from './lib/eval-format.ts';
import { buildReport, type EvalReport } from './lib/eval-report.ts';
import { runEvaluation } from './lib/evaluate.ts';
import { scanSafety } from '../src/classifier/safety-guard.ts';
import { createProgress, type ProgressStream } from './lib/progress.ts';
import { evaluateSafetyFacts, localFactsExtractor, parseSafetyFacts, type SafetyFactsReport } from './lib/safety-eval.ts';
import { formatSafetyReport } from './safety-eval.ts';

export interface EvalIo {
  stdout: { write(chunk: string): unknown };
  stderr: ProgressStream;
  env: Record<string, string | undefined>;
}

const USAGE = 'usage: npm run eval -- --data FILE.jsonl|DIR [--provider local|openai] [--variant compact|baseline] [--report OUT.json] [--model-path local-model.json] [--concurrency N]';

class UsageError extends Error {}

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      provider: { type: 'string', default: 'local' },
      report: { type: 'string' },
      'model-path': { type: 'string' },
      concurrency: { type: 'string' },
      variant: { type: 'string' },
    },
  });
  if (!values.data) throw new UsageError(`eval: --data is required; ${USAGE}`);
  if (values.provider !== 'local' && values.provider !== 'openai') throw new UsageError(`eval: --provider must be local or openai; ${USAGE}`);
  const concurrency = values.concurrency === undefined ? (values.provider === 'openai' ? 4 : 1) : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError('eval: --concurrency must be a whole number from 1 to 64');
  if (values.variant !== undefined && values.provider !== 'openai') throw new UsageError('eval: --variant needs --provider openai');
  if (values.variant !== undefined && !PROMPTS[values.variant]) throw new UsageError(`eval: --variant must be one of ${Object.keys(PROMPTS).join(', ')}`);
  return { data: values.data, provider: values.provider, report: values.report, modelPath: values['model-path'], concurrency, variant: values.variant };
}

/** The openai classifier of the environment; `--variant` measures that one prompt, else PROMPT_VARIANTS applies. */
function openAiFrom(env: Record<string, string | undefined>, variant: string | undefined): Classifier {
  const config = loadConfig(env);
  if (!config.OPENAI_API_KEY) throw new UsageError('eval: --provider openai needs OPENAI_API_KEY in the environment');
  return createOpenAiClassifier({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    timeoutMs: config.LLM_TIMEOUT_MS,
    maxRetries: config.LLM_MAX_RETRIES,
    variants: parsePromptVariants(variant ? `${variant}:100` : config.PROMPT_VARIANTS),
  });
}

/** Runs the evaluation; returns the exit code (0 done, 1 bad input or configuration). */
export async function main(argv: string[], io: EvalIo = { stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<number> {
  let report: EvalReport & { safety_facts?: SafetyFactsReport };
  let reportPath: string | undefined;
  let factsText = '';
  try {
    const args = parse(argv);
    reportPath = args.report;
    const { items, groups } = readEvalSet(args.data);
    const local = createLocalClassifier(args.modelPath ? { modelPath: args.modelPath } : {});
    const classifier = args.provider === 'openai' ? openAiFrom(io.env, args.variant) : local;
    const progress = createProgress(items.length, io.stderr);
    const records = await runEvaluation(items, {
      classifier,
      fallback: args.provider === 'openai' ? local : undefined,
      scan: scanSafety,
      // Local: one pass over the file first, so the figures are steady-state (JIT-compiled) latency,
      // as in a running service; openai: one call, to open the connection without paying for a pass.
      warmup: args.provider === 'openai' ? 1 : items.length,
      // The local model caches each token's n-grams: warm V8 up on another instance, measure cold.
      warmupClassifier: args.provider === 'openai' ? undefined : createLocalClassifier(args.modelPath ? { modelPath: args.modelPath } : {}),
      concurrency: args.provider === 'openai' ? args.concurrency : 1,
      onProgress: progress.tick,
    });
    progress.done();
    report = { ...buildReport(records, { data: args.data, provider: args.provider, model: classifier.model, prompt_variant: args.provider === 'openai' ? (args.variant ?? loadConfig(io.env).PROMPT_VARIANTS) : undefined }), per_source: perSourceFigures(records, groups) };
    // A file labelled with case facts (data/corpus/safety-facts.jsonl) also measures the local
    // extraction of ICH E2D elements, seriousness and subtype.
    const raw = statSync(args.data).isDirectory() ? '' : readFileSync(args.data, 'utf8');
    if (/"elements"\s*:/.test(raw)) {
      const facts = evaluateSafetyFacts(parseSafetyFacts(raw, args.data), localFactsExtractor);
      report = { ...report, safety_facts: facts };
      factsText = `\n${formatSafetyReport(facts, false)}`;
    }
  } catch (error) {
    const known = [DatasetError, UsageError, LocalModelError, ConfigError].some((type) => error instanceof type);
    const parseFailure = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true;
    if (!known && !parseFailure) throw error;
    io.stderr.write(`${(error as Error).message}${parseFailure ? `; ${USAGE}` : ''}\n`);
    return 1;
  }
  io.stdout.write(`${formatReport(report)}\n${factsText}`);
  if (reportPath) {
    writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    io.stdout.write(`report written to ${reportPath}\n`);
  }
  return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
