import { parseArgs } from 'node:util';

export interface BenchOptions {
  quick: boolean;
  durationS: number;
  warmupS: number;
  /** Connections for the throughput scenarios (a) and (b). */
  connections: number;
  /** Connections for the LLM scenario (c). */
  llmConnections: number;
  /** Connections for the LLM stress figure (c-stress): more than this machine carries at 250 ms. */
  llmStressConnections: number;
  llmDelayMs: number;
  llmMaxConcurrency: number;
  memoryRequests: number;
  /** (d)'s warm point: RSS after this many requests is the baseline of the growth. */
  memoryWarmRequests: number;
  /** (d) is run this many times, each on a fresh server. */
  memoryRuns: number;
  /** When set, scenario (b)'s server runs under --cpu-prof and writes its profile here. */
  profileDir: string | undefined;
  out: string;
  /** --only b,c: run just these scenarios (no table, no JSON written): for profiling one scenario alone. */
  only: string[] | undefined;
}

const USAGE = `usage: npm run bench -- [--duration S] [--warmup S] [--quick] [--connections N]
         [--llm-connections N] [--llm-stress-connections N] [--llm-delay MS]
         [--memory-requests N] [--memory-runs N] [--profile] [--out FILE]
         [--only a,a2,b,c,c-stress,d]`;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name}: must be a positive number (got "${value}")\n${USAGE}`);
  return n;
}

/** --quick is a smoke run: 3 s per scenario, 1 s warm-ups, 10,000 requests for the memory scenario. */
export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      'llm-connections': { type: 'string' },
      'memory-requests': { type: 'string' },
      'llm-delay': { type: 'string' },
      'llm-stress-connections': { type: 'string' },
      'memory-runs': { type: 'string' },
      profile: { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench-results/latest.json' },
      only: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const quick = values.quick;
  const durationS = positive('duration', values.duration, quick ? 3 : 10);
  // 200 connections at 250 ms (800 answers/s) is what this 2-core machine can carry; 500 stays as a stress figure.
  const llmConnections = Math.round(positive('llm-connections', values['llm-connections'], 200));
  const llmStressConnections = Math.round(positive('llm-stress-connections', values['llm-stress-connections'], 500));
  const memoryRequests = Math.round(positive('memory-requests', values['memory-requests'], quick ? 10_000 : 100_000));
  return {
    quick,
    durationS,
    warmupS: positive('warmup', values.warmup, quick ? 1 : Math.min(5, durationS)),
    connections: Math.round(positive('connections', values.connections, 50)),
    llmConnections,
    llmStressConnections,
    // --llm-delay 0: the stub answers at once, which leaves the server's own CPU per request alone.
    llmDelayMs: values['llm-delay'] === '0' ? 0 : positive('llm-delay', values['llm-delay'], 250),
    // Over LLM_MAX_CONCURRENCY the chain answers from the local model at once: the LLM path would
    // not be what is measured, so it is lifted above the connection count.
    llmMaxConcurrency: Math.max(1000, 2 * llmStressConnections),
    memoryRequests,
    memoryWarmRequests: Math.min(10_000, Math.round(memoryRequests / 10)),
    memoryRuns: Math.round(positive('memory-runs', values['memory-runs'], quick ? 1 : 3)),
    profileDir: values.profile ? 'bench-results/profiles' : undefined,
    out: values.out,
    only: values.only?.split(',').map((id) => id.trim()),
  };
}
