/**
 * `node scripts/safety-eval.ts [--data data/corpus/safety-facts.jsonl] [--tag holdout] [--mistakes]`
 * Measures the local case-fact heuristics (normalise -> safety guard -> extract) against the labelled
 * safety messages: per-element accuracy, seriousness accuracy and recall, subtype accuracy.
 * `--tag holdout` keeps the messages written after the heuristics were tuned (the honest figure).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CASE_ELEMENTS, SERIOUSNESS_CRITERIA } from '../src/safety-intake/types.ts';
import { DatasetError } from './lib/dataset.ts';
import { evaluateSafetyFacts, localFactsExtractor, parseSafetyFacts, type BinaryFigures, type SafetyFactsReport } from './lib/safety-eval.ts';

const pct = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
const row = (name: string, f: BinaryFigures) => `  ${name.padEnd(26)}${pct(f.accuracy)}${pct(f.recall)}${pct(f.precision)}${String(f.support).padStart(9)}`;

export function formatSafetyReport(report: SafetyFactsReport, withMistakes: boolean, label = ''): string {
  const lines = [
    `safety facts, local heuristics: ${report.count} labelled messages${label}`,
    `  ${''.padEnd(26)}${'acc'.padStart(7)}${'recall'.padStart(7)}${'prec'.padStart(7)}${'positives'.padStart(9)}`,
    ...CASE_ELEMENTS.map((e) => row(`element ${e}`, report.elements[e])),
    `  element accuracy (mean)   ${pct(report.element_accuracy)}`,
    row('valid case (all four)', report.valid_case),
    row('serious', report.seriousness),
    ...SERIOUSNESS_CRITERIA.map((c) => row(`  ${c}`, report.criteria[c])),
    `  subtype accuracy          ${pct(report.subtype.accuracy)}`,
    ...Object.entries(report.subtype.confusions)
      .sort((a, b) => b[1] - a[1])
      .map(([pair, n]) => `    ${pair}: ${n}`),
  ];
  if (withMistakes) lines.push('mistakes:', ...report.mistakes.map((m) => `  ${m.id} ${m.field}: expected ${m.expected}, got ${m.got}`));
  return `${lines.join('\n')}\n`;
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { data: { type: 'string', default: 'data/corpus/safety-facts.jsonl' }, tag: { type: 'string' }, mistakes: { type: 'boolean', default: false } },
  });
  try {
    const all = parseSafetyFacts(readFileSync(values.data, 'utf8'), values.data);
    const records = values.tag ? all.filter((r) => r.tags.includes(values.tag!)) : all;
    if (records.length === 0) throw new DatasetError(`${values.data}: no record tagged ${values.tag}`);
    process.stdout.write(formatSafetyReport(evaluateSafetyFacts(records, localFactsExtractor), values.mistakes, values.tag ? ` tagged ${values.tag}` : ''));
    return 0;
  } catch (error) {
    if (error instanceof DatasetError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      process.stderr.write(`safety-eval: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
