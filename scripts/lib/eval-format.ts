import { CATEGORIES } from '../../src/domain.ts';
import type { DecisionFigures, EvalReport } from './eval-report.ts';
import { formatSourceTable } from './per-source.ts';

const SHORT = { informational: 'info', service_action: 'service', safety_compliance: 'safety' } as const;
const f3 = (v: number) => v.toFixed(3);

function decisionBlock(title: string, d: DecisionFigures): string[] {
  const lines = [`${title}: accuracy ${f3(d.accuracy)}  macro-F1 ${f3(d.macro_f1)}  safety_compliance recall ${f3(d.safety_recall)}`];
  lines.push(`  ${'class'.padEnd(18)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(6)} ${'n'.padStart(5)}`);
  for (const c of CATEGORIES) {
    const p = d.per_class[c];
    lines.push(`  ${c.padEnd(18)} ${f3(p.precision).padStart(9)} ${f3(p.recall).padStart(7)} ${f3(p.f1).padStart(6)} ${String(p.support).padStart(5)}`);
  }
  lines.push('  confusion (rows actual, columns predicted):');
  lines.push(`    ${'actual'.padEnd(8)} ${CATEGORIES.map((c) => SHORT[c].padStart(7)).join(' ')}`);
  d.confusion_matrix.forEach((row, k) => {
    lines.push(`    ${SHORT[CATEGORIES[k]!].padEnd(8)} ${row.map((v) => String(v).padStart(7)).join(' ')}`);
  });
  return lines;
}

/** What the guard costs and saves on this file, in words. */
function guardLine(r: EvalReport): string {
  const g = r.guard;
  const wrong = g.overrides - g.overrides_correct;
  const head = `safety guard: fired on ${g.fired}, changed ${g.overrides} model answers to safety_compliance`;
  if (g.overrides === 0) return `${head}: it neither saved nor cost anything here (the model alone decided every message)`;
  return `${head}: saved ${g.overrides_correct} safety report(s) the model missed, cost ${wrong} false alarm(s) (net ${g.overrides_correct - wrong >= 0 ? '+' : ''}${g.overrides_correct - wrong} correct answers; a missed report weighs far more than a false alarm)`;
}

/** The human-readable report printed on stdout. */
export function formatReport(r: EvalReport): string {
  const lines = [`careroute eval: ${r.data}  provider ${r.provider} (${r.model})  n ${r.n}`, ''];
  lines.push(...decisionBlock('service decision (classifier + safety guard)', r.service), '');
  lines.push(...decisionBlock('model only', r.model_only), '');
  lines.push(guardLine(r));
  lines.push(`calibration: ECE (15 bins) ${r.ece.toFixed(4)}`);
  const l = r.latency_ms;
  lines.push(`latency per message (classify only, after warm-up): p50 ${l.p50.toFixed(3)} ms  p95 ${l.p95.toFixed(3)} ms  p99 ${l.p99.toFixed(3)} ms  max ${l.max.toFixed(3)} ms`);
  if (r.cpu_ms) lines.push(`CPU time per message (what the process used, without waiting for a core): p50 ${r.cpu_ms.p50.toFixed(3)} ms  p99 ${r.cpu_ms.p99.toFixed(3)} ms`);
  if (r.per_source && r.per_source.length > 1) lines.push('', 'per source:', formatSourceTable(r.per_source));
  if (r.failures.count > 0) {
    const kinds = Object.entries(r.failures.kinds).map(([k, v]) => `${k} ${v}`).join(', ');
    lines.push(`provider failures (answered by the local fallback): ${r.failures.count} (${kinds})`);
  }
  if (r.tokens) {
    const t = r.tokens;
    lines.push(`tokens: ${t.total} total (${t.prompt} prompt, ${t.completion} completion), ${t.per_message.toFixed(1)} per message`);
    const out = t.completion_per_call;
    lines.push(`output tokens per call${r.prompt_variant ? ` (prompt ${r.prompt_variant})` : ''}: p50 ${out.p50}, p95 ${out.p95}, max ${out.max}`);
    lines.push(`estimated cost: $${t.cost_per_1000_messages_usd.toFixed(4)} per 1,000 messages (gpt-4o-mini list price)`);
  }
  return lines.join('\n');
}
