import { softmax } from '../../src/classifier/local/inference.ts';
import { CATEGORIES } from '../../src/domain.ts';
import { argmax } from './calibration.ts';
import type { Candidate } from './model-selection.ts';
import { accuracy, classFigures, confusionMatrix, macroF1 } from './metrics.ts';

const SAFETY = CATEGORIES.indexOf('safety_compliance');
const r4 = (v: number) => Math.round(v * 10_000) / 10_000;

export function formatCandidate(c: Candidate): string {
  return `  l2=${c.params.l2.toExponential(0).padEnd(5)} char_weight=${c.params.charWeight.toFixed(1)}  accuracy ${c.accuracy.toFixed(4)}  macro-F1 ${c.macroF1.toFixed(4)}  log-loss ${c.logLoss.toFixed(4)}`;
}

export interface FoldSummary {
  accuracy: number;
  macro_f1: number;
  safety_recall: number;
  per_class: Record<string, { precision: number; recall: number; f1: number; support: number }>;
  table: string;
}

/** Out-of-fold figures of the final decision rule (bias included) with a per-class table. */
export function describeFolds(
  logits: readonly number[][],
  labels: readonly number[],
  temperature: number,
  forced: readonly boolean[] = [],
): FoldSummary {
  const predicted = logits.map((z, i) => (forced[i] ? SAFETY : argmax(softmax(z, temperature))));
  const matrix = confusionMatrix(labels, predicted, CATEGORIES.length);
  const figures = classFigures(matrix);
  const per_class = Object.fromEntries(
    CATEGORIES.map((c, k) => {
      const f = figures[k]!;
      return [c, { precision: r4(f.precision), recall: r4(f.recall), f1: r4(f.f1), support: f.support }];
    }),
  );
  const rows = CATEGORIES.map((c, k) => {
    const f = figures[k]!;
    return `  ${c.padEnd(18)} P ${f.precision.toFixed(3)}  R ${f.recall.toFixed(3)}  F1 ${f.f1.toFixed(3)}  n ${f.support}   [${matrix[k]!.join(', ')}]`;
  });
  return {
    accuracy: accuracy(matrix),
    macro_f1: macroF1(matrix),
    safety_recall: figures[SAFETY]!.recall,
    per_class,
    table: `out-of-fold: accuracy ${accuracy(matrix).toFixed(4)}, macro-F1 ${macroF1(matrix).toFixed(4)}\n${rows.join('\n')}`,
  };
}
