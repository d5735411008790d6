import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

/**
 * The child side of the parent <-> server IPC: a server announces its URL once listening, answers
 * CPU-time and memory probes (memory after a full GC when --expose-gc is on, so two readings compare retained memory),
 * profiles its CPU between "profile" and "stop" when BENCH_PROFILE_DIR is set (the measured window
 * only, not start-up and warm-up), and exits 0 on "stop".
 */
export type ParentMessage = { type: 'stop' } | { type: 'memory' } | { type: 'profile' } | { type: 'cpu' };
export interface MemoryReading {
  rssBytes: number;
  heapUsedBytes: number;
  heapTotalBytes: number;
  externalBytes: number;
}
export type ChildMessage =
  | { type: 'listening'; url: string }
  | ({ type: 'memory' } & MemoryReading)
  | { type: 'profiling' }
  | { type: 'cpu'; micros: number };

function send(message: ChildMessage): void {
  process.send?.(message);
}

function createProfiler(dir: string | undefined) {
  let session: Session | undefined;
  return {
    async start() {
      if (!dir || session) return;
      session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    },
    async stop() {
      if (!dir || !session) return;
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(join(dir, `server-${process.pid}.cpuprofile`), JSON.stringify(profile));
      session.disconnect();
    },
  };
}

export function serveChildProtocol(url: string, stop: () => Promise<void>): void {
  if (!process.send) throw new Error('bench servers run as a child of scripts/bench.ts (IPC channel missing)');
  const profiler = createProfiler(process.env.BENCH_PROFILE_DIR);
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'memory') {
      (globalThis as { gc?: () => void }).gc?.();
      const usage = process.memoryUsage();
      send({ type: 'memory', rssBytes: usage.rss, heapUsedBytes: usage.heapUsed, heapTotalBytes: usage.heapTotal, externalBytes: usage.external });
    } else if (message.type === 'cpu') {
      const usage = process.cpuUsage();
      send({ type: 'cpu', micros: usage.user + usage.system });
    } else if (message.type === 'profile') {
      void profiler.start().then(() => send({ type: 'profiling' }));
    } else if (message.type === 'stop') {
      void profiler.stop().then(stop).finally(() => process.exit(0));
    }
  });
  // An orphaned child (the parent crashed) must not keep a port and a core busy.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'listening', url });
}
