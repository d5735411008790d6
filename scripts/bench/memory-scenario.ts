import type { BenchOptions } from './args.ts';
import { appEnv, logFileFor, removeLog } from './app-env.ts';
import { startServerChild } from './child.ts';
import type { MemoryReading } from './child-protocol.ts';
import { runLoad, type LoadResult } from './load.ts';
import { classifyRequests } from './messages.ts';

export interface MemoryResult {
  id: 'd';
  name: string;
  requests: number;
  load: LoadResult;
  rssBeforeBytes: number;
  rssAfterBytes: number;
  growthPercent: number;
  /** VmRSS every second from the first request, MB: a plateau is heap sizing, a steady climb is a leak. */
  rssSamplesMb: number[];
  /** The child's own process.memoryUsage() after a full GC, before and after. */
  before: MemoryReading;
  after: MemoryReading;
}

/**
 * (d) Resident memory of a fresh local-classifier server after its first `memoryWarmRequests`
 * classify calls (warm: JIT code, lazily built caches and the embedded stores' first records are in)
 * and after `memoryRequests` in all. Both readings follow a full GC so they compare what is retained,
 * not garbage.
 */
export async function memoryGrowth(options: BenchOptions): Promise<MemoryResult> {
  const logFile = logFileFor('d');
  const child = await startServerChild('app-server.ts', {
    env: appEnv(logFile, { CLASSIFIER_PROVIDER: 'local' }),
    execArgv: ['--expose-gc'],
  });
  const requests = classifyRequests();
  try {
    const rssSamplesMb: number[] = [];
    const sampler = setInterval(() => rssSamplesMb.push(Math.round(child.rssBytes() / 2 ** 20)), 1000);
    try {
      await runLoad({ url: child.url, connections: options.connections, amount: options.memoryWarmRequests, requests });
      const before = await child.memory();
      const rssBeforeBytes = child.rssBytes();
      const load = await runLoad({ url: child.url, connections: options.connections, amount: options.memoryRequests - options.memoryWarmRequests, requests });
      const after = await child.memory();
      const rssAfterBytes = child.rssBytes();
      return {
        id: 'd',
        name: `RSS after ${options.memoryRequests.toLocaleString('en-US')} vs after ${options.memoryWarmRequests.toLocaleString('en-US')} classify requests`,
        requests: options.memoryRequests,
        load,
        rssBeforeBytes,
        rssAfterBytes,
        rssSamplesMb,
        growthPercent: Math.round(((rssAfterBytes - rssBeforeBytes) / rssBeforeBytes) * 1000) / 10,
        before,
        after,
      };
    } finally {
      clearInterval(sampler);
    }
  } finally {
    await child.stop();
    await removeLog(logFile);
  }
}

/** (d) `memoryRuns` times, each on a fresh server: one run says little about a figure that varies from run to run. */
export async function memoryGrowthRuns(options: BenchOptions, log: (line: string) => void): Promise<MemoryResult[]> {
  const runs: MemoryResult[] = [];
  for (let i = 0; i < options.memoryRuns; i++) {
    const run = await memoryGrowth(options);
    log(`    run ${i + 1}/${options.memoryRuns}: RSS ${(run.rssBeforeBytes / 2 ** 20).toFixed(1)} -> ${(run.rssAfterBytes / 2 ** 20).toFixed(1)} MB (${run.growthPercent}%)`);
    runs.push(run);
  }
  return runs;
}
