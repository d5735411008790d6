import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, MemoryReading, ParentMessage } from './child-protocol.ts';

export interface ServerChild {
  readonly pid: number;
  /** Base URL the child listens on (loopback, an ephemeral port). */
  readonly url: string;
  /** VmRSS of the child as the kernel reports it, in bytes. */
  rssBytes(): number;
  /** The child's own view after a full GC (when started with --expose-gc). */
  memory(): Promise<MemoryReading>;
  /** CPU time (user + system) the child has used so far, in microseconds. */
  cpuMicros(): Promise<number>;
  /** Starts the child's CPU profiler (a no-op unless BENCH_PROFILE_DIR is in its env). */
  startProfiling(): Promise<void>;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 15_000;

function readVmRss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(kb) * 1024;
}

function nextMessage<T extends ChildMessage['type']>(child: ChildProcess, type: T, timeoutMs: number): Promise<Extract<ChildMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`server child ${child.pid}: no "${type}" within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (message: ChildMessage) => {
      if (message.type === type) done(undefined, message as Extract<ChildMessage, { type: T }>);
    };
    const onExit = (code: number | null) => done(new Error(`server child exited early (code ${code}); see its stderr above`));
    function done(error?: Error, message?: Extract<ChildMessage, { type: T }>) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(message!);
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

function ask<T extends ChildMessage['type']>(child: ChildProcess, request: ParentMessage, reply: T) {
  const answer = nextMessage(child, reply, STOP_TIMEOUT_MS);
  child.send(request);
  return answer;
}

/** Starts `scripts/bench/<file>` in its own Node process (own event loop) and waits until it listens. */
export async function startServerChild(file: string, options: { env?: Record<string, string>; execArgv?: string[] } = {}): Promise<ServerChild> {
  const child = fork(fileURLToPath(new URL(file, import.meta.url)), [], {
    env: { ...process.env, ...options.env },
    execArgv: options.execArgv ?? [],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const { url } = await nextMessage(child, 'listening', START_TIMEOUT_MS).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  const pid = child.pid!;
  return {
    pid,
    url,
    rssBytes: () => readVmRss(pid),
    async memory() {
      const { type: _type, ...reading } = await ask(child, { type: 'memory' }, 'memory');
      return reading;
    },
    cpuMicros: async () => (await ask(child, { type: 'cpu' }, 'cpu')).micros,
    startProfiling: async () => void (await ask(child, { type: 'profile' }, 'profiling')),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      child.send({ type: 'stop' });
      await exited;
      clearTimeout(timer);
    },
  };
}
