import { CATEGORIES, type Category } from '../../src/domain.ts';
import { costPerThousand } from './cost.ts';
import type { EvalRecord } from './evaluate.ts';
import type { SourceFigures } from './per-source.ts';
import { accuracy, classFigures, confusionMatrix, expectedCalibrationError, macroF1, percentile } from './metrics.ts';

export interface DecisionFigures {
  accuracy: number;
  macro_f1: number;
  safety_recall: number;
  per_class: Record<Category, { precision: number; recall: number; f1: number; support: number }>;
  /** confusion_matrix[actual][predicted], rows and columns in `categories` order. */
  confusion_matrix: number[][];
}

export interface EvalReport {
  data: string;
  provider: string;
  model: string;
  n: number;
  categories: readonly Category[];
  /** What the service decides: the classifier's answer with the safety guard on top. */
  service: DecisionFigures;
  model_only: DecisionFigures;
  /** ECE (15 bins) of the classifier's own confidence against its own answers. */
  ece: number;
  guard: { fired: number; overrides: number; overrides_correct: number };
  latency_ms: { p50: number; p95: number; p99: number; mean: number; max: number };
  /** CPU time per message (see EvalRecord.cpuMs); absent when no record has it. */
  cpu_ms?: { p50: number; p99: number } | undefined;
  failures: { count: number; kinds: Record<string, number> };
  tokens?:
    | {
        prompt: number;
        completion: number;
        total: number;
        per_message: number;
        cost_per_1000_messages_usd: number;
        /** Output tokens of one answered call: what sets the call's time (issue 12's budget). */
        completion_per_call: { p50: number; p95: number; max: number };
      }
    | undefined;
  /** The prompt variant measured (`--variant`), for openai. */
  prompt_variant?: string | undefined;
  /** One row per source (and `all` when there are several); see per-source.ts. */
  per_source?: SourceFigures[] | undefined;
}

const r4 = (v: number) => Math.round(v * 10_000) / 10_000;

export function decisionFigures(actual: readonly Category[], predicted: readonly Category[]): DecisionFigures {
  const index = (c: Category) => CATEGORIES.indexOf(c);
  const matrix = confusionMatrix(actual.map(index), predicted.map(index), CATEGORIES.length);
  const figures = classFigures(matrix);
  const per_class = Object.fromEntries(
    CATEGORIES.map((c, k) => {
      const f = figures[k]!;
      return [c, { precision: r4(f.precision), recall: r4(f.recall), f1: r4(f.f1), support: f.support }];
    }),
  ) as DecisionFigures['per_class'];
  return {
    accuracy: r4(accuracy(matrix)),
    macro_f1: r4(macroF1(matrix)),
    safety_recall: per_class.safety_compliance.recall,
    per_class,
    confusion_matrix: matrix,
  };
}

function cpuFigures(records: readonly EvalRecord[]): EvalReport['cpu_ms'] {
  const cpu = records.flatMap((r) => (r.cpuMs === undefined ? [] : [r.cpuMs]));
  return cpu.length === 0 ? undefined : { p50: r4(percentile(cpu, 50)), p99: r4(percentile(cpu, 99)) };
}

export function buildReport(records: readonly EvalRecord[], meta: { data: string; provider: string; model: string; prompt_variant?: string | undefined }): EvalReport {
  const actual = records.map((r) => r.actual);
  const latencies = records.map((r) => r.latencyMs);
  const kinds: Record<string, number> = {};
  for (const r of records) if (r.failure) kinds[r.failure] = (kinds[r.failure] ?? 0) + 1;
  const prompt = records.reduce((s, r) => s + r.promptTokens, 0);
  const completion = records.reduce((s, r) => s + r.completionTokens, 0);
  const answeredRecords = records.filter((r) => !r.failure);
  const answered = answeredRecords.length;
  const perCall = answeredRecords.map((r) => r.completionTokens);
  const overrides = records.filter((r) => r.guardFired && r.model !== 'safety_compliance');
  return {
    ...meta,
    n: records.length,
    categories: CATEGORIES,
    service: decisionFigures(actual, records.map((r) => r.service)),
    model_only: decisionFigures(actual, records.map((r) => r.model)),
    ece: r4(expectedCalibrationError(records.map((r) => r.confidence), records.map((r) => r.model === r.actual))),
    guard: {
      fired: records.filter((r) => r.guardFired).length,
      overrides: overrides.length,
      overrides_correct: overrides.filter((r) => r.actual === 'safety_compliance').length,
    },
    latency_ms: {
      p50: r4(percentile(latencies, 50)),
      p95: r4(percentile(latencies, 95)),
      p99: r4(percentile(latencies, 99)),
      mean: r4(latencies.reduce((s, v) => s + v, 0) / Math.max(1, latencies.length)),
      max: r4(Math.max(0, ...latencies)),
    },
    cpu_ms: cpuFigures(records),
    failures: { count: records.length - answered, kinds },
    tokens:
      meta.provider === 'openai'
        ? {
            prompt,
            completion,
            total: prompt + completion,
            per_message: r4((prompt + completion) / Math.max(1, answered)),
            cost_per_1000_messages_usd: r4(costPerThousand(prompt, completion, Math.max(1, answered))),
            completion_per_call: answered ? { p50: r4(percentile(perCall, 50)), p95: r4(percentile(perCall, 95)), max: Math.max(...perCall) } : { p50: 0, p95: 0, max: 0 },
          }
        : undefined,
  };
}
