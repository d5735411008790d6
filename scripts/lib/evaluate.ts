import type { SafetyScan } from '../../src/classifier/safety-types.ts';
import type { Classification, Classifier } from '../../src/classifier/types.ts';
import type { Category } from '../../src/domain.ts';
import { normaliseMessage } from '../../src/triage/normalise.ts';
import type { LabelledMessage } from './dataset.ts';

export interface EvalRecord {
  actual: Category;
  /** The classifier's own answer (the local fallback's when the primary failed). */
  model: Category;
  confidence: number;
  /** The service's decision: the guard firing forces safety_compliance. */
  service: Category;
  guardFired: boolean;
  /** Milliseconds spent in classify() of the evaluated provider, failed calls included. */
  latencyMs: number;
  /**
   * CPU milliseconds the process used during that call (process.cpuUsage): on a busy machine the
   * wall-clock latency includes time spent waiting for a core, this does not.
   */
  cpuMs?: number | undefined;
  /** Why the evaluated provider gave no answer (then the fallback answered), else undefined. */
  failure?: string | undefined;
  promptTokens: number;
  completionTokens: number;
}

export interface EvalDeps {
  classifier: Classifier;
  /** Answers when `classifier` throws, as the service's chain would (the local model). */
  fallback?: Classifier | undefined;
  scan: (text: string) => SafetyScan;
  /** Calls made before measuring, so JIT compilation and connection set-up do not count. */
  warmup: number;
  /**
   * Makes the warm-up calls when given: a separate instance of the same classifier, so the measured
   * one has seen none of the file (no per-token cache of the messages being measured).
   */
  warmupClassifier?: Classifier | undefined;
  concurrency: number;
  onProgress?: ((done: number) => void) | undefined;
}

async function classifyOne(item: LabelledMessage, deps: EvalDeps): Promise<EvalRecord> {
  const text = normaliseMessage(item.text, item.channel);
  // The line picks the prompt variant when PROMPT_VARIANTS splits (without --variant), as message_id does in the service.
  const input = { text, channel: item.channel, variant_key: `line-${item.line}` };
  let answer: Classification;
  let failure: string | undefined;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  try {
    answer = await deps.classifier.classify(input);
  } catch (error) {
    if (!deps.fallback) throw error;
    failure = (error as { kind?: string }).kind ?? (error instanceof Error ? error.name : 'error');
    answer = await deps.fallback.classify(input);
  }
  const latencyMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const scan = deps.scan(text);
  return {
    actual: item.category,
    model: answer.category,
    confidence: answer.confidence,
    service: scan.fired ? 'safety_compliance' : answer.category,
    guardFired: scan.fired,
    latencyMs,
    cpuMs,
    failure,
    promptTokens: failure ? 0 : (answer.usage?.prompt_tokens ?? 0),
    completionTokens: failure ? 0 : (answer.usage?.completion_tokens ?? 0),
  };
}

/** Classifies every item in file order (results keep that order whatever the concurrency). */
export async function runEvaluation(items: readonly LabelledMessage[], deps: EvalDeps): Promise<EvalRecord[]> {
  const warmer = deps.warmupClassifier ?? deps.classifier;
  for (const item of items.slice(0, deps.warmup)) {
    await warmer.classify({ text: normaliseMessage(item.text, item.channel), channel: item.channel }).catch(() => undefined);
  }
  const records: EvalRecord[] = new Array(items.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      records[i] = await classifyOne(items[i]!, deps);
      deps.onProgress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(deps.concurrency, items.length)) }, worker));
  return records;
}
