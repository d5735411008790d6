import { cpus, loadavg, release, totalmem } from 'node:os';
import type { BenchOptions } from './args.ts';
import type { MemoryResult } from './memory-scenario.ts';
import type { ScenarioResult } from './scenarios.ts';

export interface Target {
  id: 'b' | 'c' | 'd';
  target: string;
  actual: string;
  passed: boolean;
}

export interface BenchFigures {
  a: ScenarioResult;
  /** Diagnostic only (no target): (b)'s request shape without triage. */
  a2: ScenarioResult;
  b: ScenarioResult;
  c: ScenarioResult;
  d: MemoryResult;
}

const MB = 1024 * 1024;

export function machine() {
  const cpu = cpus();
  return {
    cpu_model: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    total_memory_bytes: totalmem(),
    node_version: process.version,
    platform: `${process.platform} ${release()} ${process.arch}`,
    /** 1-minute load average: other work on the box skews the figures. */
    load_average_1m: Math.round(loadavg()[0]! * 100) / 100,
  };
}

export function ratioBOverA(figures: BenchFigures): number {
  return figures.a.requestsPerSecond > 0 ? Math.round((figures.b.requestsPerSecond / figures.a.requestsPerSecond) * 1000) / 1000 : 0;
}

/** (a)'s server CPU per request over (b)'s: what (b)/(a) req/s would be if each server had its own core. */
export function cpuRatio(figures: BenchFigures): number {
  const { a, b } = figures;
  return b.serverCpuUsPerRequest > 0 ? Math.round((a.serverCpuUsPerRequest / b.serverCpuUsPerRequest) * 1000) / 1000 : 0;
}

/** The pass/fail targets of issue 7 item 4. (c) also demands no fallback: a local answer is not the LLM path. */
export function evaluateTargets(figures: BenchFigures): Target[] {
  const ratio = ratioBOverA(figures);
  const { c, d } = figures;
  const fallbacks = Number(c.notes.fallbacks ?? 0);
  const opens = Number(c.notes.breaker_opens ?? 0);
  return [
    { id: 'b', target: 'req/s >= 50% of (a)', actual: `${(ratio * 100).toFixed(1)}% of (a)`, passed: ratio >= 0.5 },
    {
      id: 'c',
      target: 'p99 <= 275 ms, 0 errors, 0 fallbacks, breaker closed',
      actual: `p99 ${c.p99Ms} ms, ${c.errors} errors, ${fallbacks} fallbacks, ${opens} breaker opens`,
      passed: c.p99Ms <= 275 && c.errors === 0 && fallbacks === 0 && opens === 0,
    },
    { id: 'd', target: 'RSS growth < 15%', actual: `${d.growthPercent}%`, passed: d.growthPercent < 15 },
  ];
}

/** At most `n` evenly spaced samples, always the last one included. */
function sparse(samples: number[], n: number): number[] {
  if (samples.length <= n) return samples;
  return Array.from({ length: n }, (_, i) => samples[Math.round((i * (samples.length - 1)) / (n - 1))]!);
}

function pad(cells: string[], widths: number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
}

export function formatTable(figures: BenchFigures, targets: Target[]): string {
  const { a, a2, b, c, d } = figures;
  const head = ['scenario', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'vs (a)', 'server CPU us/req'];
  const row = (s: ScenarioResult, ratio: string) => [
    `(${s.id}) ${s.name}`,
    String(s.connections),
    s.requestsPerSecond.toLocaleString('en-US'),
    String(s.p50Ms),
    String(s.p99Ms),
    String(s.errors),
    ratio,
    String(s.serverCpuUsPerRequest),
  ];
  const rows = [
    head,
    row(a, '1.00'),
    row(a2, a.requestsPerSecond > 0 ? (a2.requestsPerSecond / a.requestsPerSecond).toFixed(2) : '-'),
    row(b, ratioBOverA(figures).toFixed(2)),
    row(c, '-'),
    [`(d) ${d.name}`, '', d.load.requestsPerSecond.toLocaleString('en-US'), String(d.load.p50Ms), String(d.load.p99Ms), String(d.load.errors), '-', ''],
  ];
  const widths = head.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => pad(r, widths));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const errorLines = [a, a2, b, c, d.load]
    .map((s, i) => ({ id: ['a', 'a2', 'b', 'c', 'd'][i], s }))
    .filter(({ s }) => s.errors > 0)
    .map(({ id, s }) => {
      const statuses = Object.entries(s.statusCodes).filter(([code]) => !code.startsWith('2')).map(([code, n]) => `HTTP ${code} x${n}`);
      const sockets = Object.entries(s.socketErrorKinds).map(([kind, n]) => `${kind} x${n}`);
      return `(${id}) errors: ${[...statuses, ...sockets].join(', ')}`;
    });
  const cores = (s: ScenarioResult) => Object.entries(s.cores).map(([k, v]) => `${k} ${v}`).join(', ');
  lines.push(
    '',
    `cores busy in the measured window: (a) ${cores(a)}; (a2) ${cores(a2)}; (b) ${cores(b)}; (c) ${cores(c)}`,
    `(b) vs (a) by server CPU per request (independent of the load generator): ${cpuRatio(figures).toFixed(3)}`,
    `(a2) is a diagnostic without target: (b)'s requests on a Fastify POST route with schema validation and a log line ` +
      `(${a2.notes.log_lines} lines) but no triage; (b) spends ${Math.max(0, b.serverCpuUsPerRequest - a2.serverCpuUsPerRequest)} us/request of server CPU above it`,
    ...errorLines,
    `(b) classified (warm-up included): ${b.notes.classified_total} requests, ${b.notes.log_lines} log lines; ` +
      `informational ${b.notes.informational}, service_action ${b.notes.service_action}, safety_compliance ${b.notes.safety_compliance}`,
    `(c) LLM_MAX_CONCURRENCY=${c.notes.llm_max_concurrency} (default 64: over it the chain answers from the local model at once); ` +
      `answered by openai: ${c.notes.answered_by_openai} (informational ${c.notes.informational}, service_action ${c.notes.service_action}, ` +
      `safety_compliance ${c.notes.safety_compliance}), fallbacks: ${c.notes.fallbacks}, breaker opens: ${c.notes.breaker_opens}, llm errors: ${c.notes.llm_errors}`,
    `(d) RSS ${(d.rssBeforeBytes / MB).toFixed(1)} MB -> ${(d.rssAfterBytes / MB).toFixed(1)} MB (${d.growthPercent >= 0 ? '+' : ''}${d.growthPercent}%); ` +
      `after a full GC: heap used ${(d.before.heapUsedBytes / MB).toFixed(1)} -> ${(d.after.heapUsedBytes / MB).toFixed(1)} MB, ` +
      `heap total ${(d.before.heapTotalBytes / MB).toFixed(1)} -> ${(d.after.heapTotalBytes / MB).toFixed(1)} MB, ` +
      `external ${(d.before.externalBytes / MB).toFixed(1)} -> ${(d.after.externalBytes / MB).toFixed(1)} MB`,
    `(d) RSS sampled during the run (1 s apart, thinned to 12), MB: ${sparse(d.rssSamplesMb, 12).join(' ')}`,
    '',
    'targets:',
    ...targets.map((t) => `  (${t.id}) ${t.passed ? 'PASS  ' : 'MISSED'}  ${t.target.padEnd(52)} actual: ${t.actual}`),
  );
  return lines.join('\n');
}

export function toJson(figures: BenchFigures, targets: Target[], options: BenchOptions, atStart: ReturnType<typeof machine>) {
  return {
    generated_at: new Date().toISOString(),
    command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
    machine: { ...atStart, load_average_1m_at_end: machine().load_average_1m },
    options: {
      quick: options.quick,
      duration_s: options.durationS,
      warmup_s: options.warmupS,
      connections: options.connections,
      llm_connections: options.llmConnections,
      llm_delay_ms: options.llmDelayMs,
      llm_max_concurrency: options.llmMaxConcurrency,
      memory_requests: options.memoryRequests,
    },
    scenarios: figures,
    ratio_b_over_a: ratioBOverA(figures),
    cpu_ratio_b_over_a: cpuRatio(figures),
    targets,
    all_targets_met: targets.every((t) => t.passed),
  };
}
