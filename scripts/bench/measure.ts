import type { ServerChild } from './child.ts';
import { warmThenMeasure, type LoadOptions, type LoadResult } from './load.ts';

export interface Measured extends LoadResult {
  /** Server CPU time per answered request in the measured window: immune to who else shares the cores. */
  serverCpuUsPerRequest: number;
  /** Cores each process kept busy during the measured window (1.0 = one core all the time). */
  cores: Record<string, number>;
}

/**
 * Warm-up, then the measured run with the CPU time of the server, of any helper child (the LLM stub)
 * and of this process (the load generator) read around it: on 2 shared cores req/s alone cannot say
 * whether the server or the machine was the limit. The server's profiler (if any) covers the window.
 */
export async function measure(server: ServerChild, load: LoadOptions & { warmupS: number }, helpers: Record<string, ServerChild> = {}): Promise<Measured> {
  const start = { server: 0, helpers: new Map<string, number>(), self: process.cpuUsage() };
  const result = await warmThenMeasure({
    ...load,
    beforeMeasure: async () => {
      await server.startProfiling();
      start.server = await server.cpuMicros();
      for (const [name, helper] of Object.entries(helpers)) start.helpers.set(name, await helper.cpuMicros());
      start.self = process.cpuUsage();
    },
  });
  const self = process.cpuUsage(start.self);
  const serverMicros = (await server.cpuMicros()) - start.server;
  const windowMicros = result.durationS * 1e6;
  const cores: Record<string, number> = {
    server: round2(serverMicros / windowMicros),
    load_generator: round2((self.user + self.system) / windowMicros),
  };
  for (const [name, helper] of Object.entries(helpers)) cores[name] = round2(((await helper.cpuMicros()) - start.helpers.get(name)!) / windowMicros);
  return { ...result, serverCpuUsPerRequest: result.total > 0 ? Math.round(serverMicros / result.total) : 0, cores };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
