import { readdirSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { CATEGORIES } from '../../src/domain.ts';
import { readDataset, DatasetError, type LabelledMessage } from './dataset.ts';
import type { EvalRecord } from './evaluate.ts';
import { accuracy, classFigures, confusionMatrix, expectedCalibrationError, macroF1 } from './metrics.ts';

const SAFETY = CATEGORIES.indexOf('safety_compliance');

export interface EvalSet {
  items: LabelledMessage[];
  /** groups[i]: the source of items[i] (its `source` field, else its file's name). */
  groups: string[];
}

/** A .jsonl file, or every .jsonl file of a folder (sorted); each line grouped by its source. */
export function readEvalSet(path: string): EvalSet {
  let files: string[];
  try {
    files = statSync(path).isDirectory() ? readdirSync(path).filter((f) => f.endsWith('.jsonl')).sort().map((f) => `${path.replace(/\/$/, '')}/${f}`) : [path];
  } catch {
    throw new DatasetError(`${path}: file not found`);
  }
  if (files.length === 0) throw new DatasetError(`${path}: no .jsonl files in this folder`);
  const items: LabelledMessage[] = [];
  const groups: string[] = [];
  for (const file of files) {
    for (const m of readDataset(file)) {
      items.push(m);
      groups.push(m.source ?? basename(file, '.jsonl'));
    }
  }
  return { items, groups };
}

/** Figures of one decision rule; safety recall and precision are null where undefined (no such messages). */
export interface RuleFigures {
  accuracy: number;
  macro_f1: number;
  safety_recall: number | null;
  safety_precision: number | null;
}

export interface SourceFigures {
  source: string;
  n: number;
  safety_n: number;
  service: RuleFigures;
  model_only: RuleFigures;
  /** ECE (15 bins) of the model's confidence against its own answers. */
  ece: number;
  /**
   * What the guard did to the model's answers: `changed` answers it forced to safety_compliance,
   * `saved` of them were safety reports the model missed, `cost` were not (false alarms), and
   * `broke` of those the model had right.
   */
  guard: { changed: number; saved: number; cost: number; broke: number };
}

const r4 = (v: number) => Math.round(v * 10_000) / 10_000;

function ruleFigures(actual: readonly number[], predicted: readonly number[]): RuleFigures {
  const matrix = confusionMatrix(actual, predicted, CATEGORIES.length);
  const safety = classFigures(matrix)[SAFETY]!;
  const flagged = matrix.reduce((s, row) => s + row[SAFETY]!, 0);
  return {
    accuracy: r4(accuracy(matrix)),
    macro_f1: r4(macroF1(matrix)),
    safety_recall: safety.support === 0 ? null : r4(safety.recall),
    safety_precision: flagged === 0 ? null : r4(safety.precision),
  };
}

function figuresOf(source: string, records: readonly EvalRecord[]): SourceFigures {
  const index = (c: string) => CATEGORIES.indexOf(c as (typeof CATEGORIES)[number]);
  const actual = records.map((r) => index(r.actual));
  const changed = records.filter((r) => r.service !== r.model);
  const saved = changed.filter((r) => r.actual === 'safety_compliance').length;
  return {
    source,
    n: records.length,
    safety_n: records.filter((r) => r.actual === 'safety_compliance').length,
    service: ruleFigures(actual, records.map((r) => index(r.service))),
    model_only: ruleFigures(actual, records.map((r) => index(r.model))),
    ece: r4(expectedCalibrationError(records.map((r) => r.confidence), records.map((r) => r.model === r.actual))),
    guard: { changed: changed.length, saved, cost: changed.length - saved, broke: changed.filter((r) => r.model === r.actual).length },
  };
}

/** One pooled row over the records whose source is in `members` (e.g. the healthcare sources). */
export function pooledFigures(name: string, records: readonly EvalRecord[], groups: readonly string[], members: readonly string[]): SourceFigures {
  return figuresOf(name, records.filter((_, i) => members.includes(groups[i]!)));
}

/** One row per source (in first-seen order) and, when there is more than one, an `all` row last. */
export function perSourceFigures(records: readonly EvalRecord[], groups: readonly string[]): SourceFigures[] {
  const bySource = new Map<string, EvalRecord[]>();
  records.forEach((r, i) => {
    const g = groups[i]!;
    const list = bySource.get(g) ?? [];
    list.push(r);
    bySource.set(g, list);
  });
  const rows = [...bySource].map(([source, list]) => figuresOf(source, list));
  return rows.length > 1 ? [...rows, figuresOf('all', records)] : rows;
}

const cell = (v: number | null, width: number) => (v === null ? '-' : v.toFixed(3)).padStart(width);

/** A fixed-width table: per source, the service decision, the model alone and what the guard changed. */
export function formatSourceTable(rows: readonly SourceFigures[]): string {
  const width = Math.max(6, ...rows.map((r) => r.source.length));
  const head1 = `${''.padEnd(width)} ${''.padStart(5)} ${''.padStart(5)}  ${'service (model + guard)'.padEnd(27)}  ${'model only'.padEnd(27)} ${''.padStart(6)}  guard changed`;
  const cols = `${'acc'.padStart(6)} ${'mF1'.padStart(6)} ${'s-rec'.padStart(6)} ${'s-prec'.padStart(6)}`;
  const head2 = `${'source'.padEnd(width)} ${'n'.padStart(5)} ${'n-saf'.padStart(5)}  ${cols}  ${cols} ${'ECE'.padStart(6)}  ${'saved'.padStart(5)} ${'cost'.padStart(5)} ${'broke'.padStart(5)}`;
  const line = (f: RuleFigures) => `${cell(f.accuracy, 6)} ${cell(f.macro_f1, 6)} ${cell(f.safety_recall, 6)} ${cell(f.safety_precision, 6)}`;
  const body = rows.map(
    (r) =>
      `${r.source.padEnd(width)} ${String(r.n).padStart(5)} ${String(r.safety_n).padStart(5)}  ${line(r.service)}  ${line(r.model_only)} ${cell(r.ece, 6)}  ${String(r.guard.saved).padStart(5)} ${String(r.guard.cost).padStart(5)} ${String(r.guard.broke).padStart(5)}`,
  );
  const legend =
    'acc accuracy, mF1 macro-F1 over the classes present, s-rec / s-prec safety_compliance recall / precision (- none); guard changed: saved = safety reports the model missed, cost = false alarms it added, broke = of those, answers the model had right';
  return [head1, head2, ...body, legend].join('\n');
}
