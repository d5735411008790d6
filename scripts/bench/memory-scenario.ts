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
  /** VmRSS every second during the run, MB: a plateau is heap sizing, a steady climb is a leak. */
  rssSamplesMb: number[];
  /** The child's own process.memoryUsage() after a full GC, before and after. */
  before: MemoryReading;
  after: MemoryReading;
}

/**
 * (d) Resident memory of a fresh local-classifier server before and after `memoryRequests` classify
 * calls. "Before" is taken after the warm-up, so JIT code and lazily built caches are not counted
 * as growth; both readings follow a full GC so they compare what is retained, not garbage.
 */
export async function memoryGrowth(options: BenchOptions): Promise<MemoryResult> {
  const logFile = logFileFor('d');
  const child = await startServerChild('app-server.ts', {
    env: appEnv(logFile, { CLASSIFIER_PROVIDER: 'local' }),
    execArgv: ['--expose-gc'],
  });
  const requests = classifyRequests();
  try {
    await runLoad({ url: child.url, connections: options.connections, durationS: options.warmupS, requests });
    const before = await child.memory();
    const rssBeforeBytes = child.rssBytes();
    const rssSamplesMb: number[] = [];
    const sampler = setInterval(() => rssSamplesMb.push(Math.round(child.rssBytes() / 2 ** 20)), 1000);
    const load = await runLoad({ url: child.url, connections: options.connections, amount: options.memoryRequests, requests }).finally(() =>
      clearInterval(sampler),
    );
    const after = await child.memory();
    const rssAfterBytes = child.rssBytes();
    return {
      id: 'd',
      name: `RSS over ${options.memoryRequests.toLocaleString('en-US')} classify requests`,
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
    await child.stop();
    await removeLog(logFile);
  }
}
