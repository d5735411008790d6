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
  /** (c) at more connections than this machine carries: a stress figure, no target. */
  cStress: ScenarioResult;
  /** (d), one entry per run on a fresh server. */
  d: MemoryResult[];
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

const B_SHARE_OF_A = 0.15;
const LLM_P99_MS = 300;
const LLM_CPU_US = 600;
const RSS_GROWTH_PERCENT = 15;

/** The pass/fail targets of issue 15. (c) also demands no fallback: a local answer is not the LLM path. */
export function evaluateTargets(figures: BenchFigures): Target[] {
  const ratio = ratioBOverA(figures);
  const { b, c, d } = figures;
  const fallbacks = Number(c.notes.fallbacks ?? 0);
  const opens = Number(c.notes.breaker_opens ?? 0);
  const grown = d.filter((run) => run.growthPercent >= RSS_GROWTH_PERCENT).length;
  return [
    {
      id: 'b',
      target: `req/s >= ${B_SHARE_OF_A * 100}% of (a)`,
      actual: `${(ratio * 100).toFixed(1)}% of (a), ${b.serverCpuUsPerRequest} us server CPU/request`,
      passed: ratio >= B_SHARE_OF_A,
    },
    {
      id: 'c',
      target: `p99 <= ${LLM_P99_MS} ms, 0 errors, 0 fallbacks, breaker closed, <= ${LLM_CPU_US} us CPU/req`,
      actual: `p99 ${c.p99Ms} ms, ${c.errors} errors, ${fallbacks} fallbacks, ${opens} breaker opens, ${c.serverCpuUsPerRequest} us/req`,
      passed: c.p99Ms <= LLM_P99_MS && c.errors === 0 && fallbacks === 0 && opens === 0 && c.serverCpuUsPerRequest <= LLM_CPU_US,
    },
    {
      id: 'd',
      target: `RSS growth < ${RSS_GROWTH_PERCENT}% over warm, every run`,
      actual: `${d.map((run) => `${run.growthPercent}%`).join(', ')} (${d.length - grown} of ${d.length} within)`,
      passed: d.length > 0 && grown === 0,
    },
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
  const { a, a2, b, c, cStress, d } = figures;
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
    row(cStress, '-'),
    ...d.map((run, i) => [
      `(d) run ${i + 1}: ${run.name}`,
      '',
      run.load.requestsPerSecond.toLocaleString('en-US'),
      String(run.load.p50Ms),
      String(run.load.p99Ms),
      String(run.load.errors),
      '-',
      '',
    ]),
  ];
  const widths = head.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => pad(r, widths));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const errorLines = [a, a2, b, c, cStress, ...d.map((run) => run.load)]
    .map((s, i) => ({ id: ['a', 'a2', 'b', 'c', 'c-stress'][i] ?? `d run ${i - 4}`, s }))
    .filter(({ s }) => s.errors > 0)
    .map(({ id, s }) => {
      const statuses = Object.entries(s.statusCodes).filter(([code]) => !code.startsWith('2')).map(([code, n]) => `HTTP ${code} x${n}`);
      const sockets = Object.entries(s.socketErrorKinds).map(([kind, n]) => `${kind} x${n}`);
      return `(${id}) errors: ${[...statuses, ...sockets].join(', ')}`;
    });
  const cores = (s: ScenarioResult) => Object.entries(s.cores).map(([k, v]) => `${k} ${v}`).join(', ');
  lines.push(
    '',
    `cores busy in the measured window: (a) ${cores(a)}; (a2) ${cores(a2)}; (b) ${cores(b)}; (c) ${cores(c)}; (c-stress) ${cores(cStress)}`,
    `(b) vs (a) by server CPU per request (independent of the load generator): ${cpuRatio(figures).toFixed(3)}`,
    `(a2) is a diagnostic without target: (b)'s requests on a Fastify POST route with schema validation and a log line ` +
      `(${a2.notes.log_lines} lines) but no triage; (b) spends ${Math.max(0, b.serverCpuUsPerRequest - a2.serverCpuUsPerRequest)} us/request of server CPU above it`,
    ...errorLines,
    `(b) classified (warm-up included): ${b.notes.classified_total} requests, ${b.notes.log_lines} log lines; ` +
      `informational ${b.notes.informational}, service_action ${b.notes.service_action}, safety_compliance ${b.notes.safety_compliance}`,
    `(c) LLM_MAX_CONCURRENCY=${c.notes.llm_max_concurrency} (default 64: over it the chain answers from the local model at once); ` +
      `answered by openai: ${c.notes.answered_by_openai} (informational ${c.notes.informational}, service_action ${c.notes.service_action}, ` +
      `safety_compliance ${c.notes.safety_compliance}), fallbacks: ${c.notes.fallbacks}, breaker opens: ${c.notes.breaker_opens}, llm errors: ${c.notes.llm_errors}`,
    `(c-stress) ${cStress.connections} connections: answered by openai: ${cStress.notes.answered_by_openai}, fallbacks: ${cStress.notes.fallbacks}, ` +
      `breaker opens: ${cStress.notes.breaker_opens}, llm errors: ${cStress.notes.llm_errors}`,
    ...d.flatMap((run, i) => [
      `(d) run ${i + 1}: RSS ${(run.rssBeforeBytes / MB).toFixed(1)} MB -> ${(run.rssAfterBytes / MB).toFixed(1)} MB (${run.growthPercent >= 0 ? '+' : ''}${run.growthPercent}%); ` +
        `after a full GC: heap used ${(run.before.heapUsedBytes / MB).toFixed(1)} -> ${(run.after.heapUsedBytes / MB).toFixed(1)} MB, ` +
        `heap total ${(run.before.heapTotalBytes / MB).toFixed(1)} -> ${(run.after.heapTotalBytes / MB).toFixed(1)} MB, ` +
        `external ${(run.before.externalBytes / MB).toFixed(1)} -> ${(run.after.externalBytes / MB).toFixed(1)} MB`,
      `(d) run ${i + 1}: RSS sampled from the first request (1 s apart, thinned to 12), MB: ${sparse(run.rssSamplesMb, 12).join(' ')}`,
    ]),
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
      llm_stress_connections: options.llmStressConnections,
      llm_delay_ms: options.llmDelayMs,
      llm_max_concurrency: options.llmMaxConcurrency,
      memory_requests: options.memoryRequests,
      memory_warm_requests: options.memoryWarmRequests,
      memory_runs: options.memoryRuns,
    },
    scenarios: figures,
    ratio_b_over_a: ratioBOverA(figures),
    cpu_ratio_b_over_a: cpuRatio(figures),
    targets,
    all_targets_met: targets.every((t) => t.passed),
  };
}
