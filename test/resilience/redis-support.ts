import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';

/**
 * CI installs redis-server through apt (.ci/run). On a developer machine without it the Redis tests are
 * skipped with a warning; under CI (CI=true) they run anyway and fail, so a missing install is never a
 * silent green.
 */
export const hasRedisServer = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
export const skipRedisTests = !hasRedisServer && process.env.CI !== 'true';
export const NO_REDIS_MESSAGE = 'redis-server is not installed (apt-get install redis-server): Redis-backed tests skipped';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface RedisProcess {
  readonly port: number;
  readonly url: string;
  /** Starts it again on the same port (after kill). */
  start(): Promise<void>;
  /** SIGKILL: the abrupt death of a Redis node, not a clean shutdown. */
  kill(): Promise<void>;
  /** A plain client for arranging and inspecting state. */
  client(): Redis;
  /** Kills the server and disconnects the clients made by client(): for afterAll. */
  stop(): Promise<void>;
}

function waitForReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}:\n${output}`));
    });
  });
}

/** A throwaway redis-server on a random loopback port: no persistence, nothing outside 127.0.0.1. */
export async function startRedis(): Promise<RedisProcess> {
  if (!hasRedisServer) throw new Error('redis-server is not installed, and CI=true requires the Redis tests to run (apt-get install redis-server)');
  const port = await freePort();
  let child: ChildProcess | undefined;
  const clients: Redis[] = [];
  const handle: RedisProcess = {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      await waitForReady(child);
    },
    async kill() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGKILL');
      await exited;
    },
    client() {
      const client = new Redis(handle.url, { maxRetriesPerRequest: 1, lazyConnect: false });
      client.on('error', () => {}); // the tests kill the server on purpose
      clients.push(client);
      return client;
    },
    async stop() {
      for (const client of clients) client.disconnect();
      await handle.kill();
    },
  };
  await handle.start();
  return handle;
}
