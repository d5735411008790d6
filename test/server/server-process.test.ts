import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startOpenAiStub } from '../support/openai-stub.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const NODE = `${root}node_modules/.bin/node`;

function startServer(env: Record<string, string>) {
  const child = spawn(NODE, ['src/server.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', RATE_LIMIT_MAX: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (match) {
        clearInterval(timer);
        resolve(match[1]!);
      }
    }, 20);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`server exited before listening: ${stderr}`));
    });
  });
  listening.catch(() => {}); // a test that expects an early exit never awaits it
  /** Resolves when stdout first shows `pattern` (a log line the test waits for instead of sleeping). */
  const printed = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!pattern.test(stdout)) return;
        child.stdout!.off('data', check);
        resolve();
      };
      child.stdout!.on('data', check);
      void exited.then(() => reject(new Error(`server exited before printing ${String(pattern)}`)));
      check();
    });
  return { child, listening, exited, printed, output: () => ({ stdout, stderr }) };
}

/** Holds every LLM answer until `release()`; `arrived(n)` resolves once n requests reached the stub. */
function heldAnswers(content?: object) {
  const { promise: released, resolve: release } = Promise.withResolvers<void>();
  const waiting = new Map<number, () => void>();
  let count = 0;
  return {
    release,
    behavior: () => {
      count++;
      waiting.get(count)?.();
      return { kind: 'answer' as const, waitFor: released, ...(content ? { content } : {}) };
    },
    arrived: (n: number) => (count >= n ? Promise.resolve() : new Promise<void>((resolve) => waiting.set(n, resolve))),
  };
}

// Long enough that a request sent after SIGTERM is still accepted on a loaded machine; the tests wait for
// events (requests at the LLM, the shutdown log line), never for fixed times.
const SHUTDOWN_DELAY_MS = '1500';

let running: ChildProcess | undefined;
afterEach(() => {
  if (running && running.exitCode === null) running.kill('SIGKILL');
  running = undefined;
});

// Each test starts a Node process: on a loaded 2-core machine that alone can take several seconds.
describe('the server process', { timeout: 60_000 }, () => {
  it('when the configuration is bad, then it stops at start with one clear line naming the variable', async () => {
    const server = startServer({ CONFIDENCE_THRESHOLD: 'high' });
    running = server.child;
    expect(await server.exited).toBe(78);
    expect(server.output().stderr.trim()).toBe('careroute: invalid configuration: CONFIDENCE_THRESHOLD: must be a number (got "high")');
  });

  it('when SIGTERM arrives with a request in flight, then readiness turns 503 at once, the request finishes and the exit code is 0', async () => {
    const stub = await startOpenAiStub();
    const held = heldAnswers({ category: 'service_action', confidence: 0.93, urgency: 'medium', lang: 'en', signals: [], facts: null });
    stub.setBehavior(held.behavior);
    const server = startServer({ CLASSIFIER_PROVIDER: 'openai', OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: stub.url, LLM_TIMEOUT_MS: '20000', SHUTDOWN_DELAY_MS });
    running = server.child;
    try {
      const base = await server.listening;
      expect((await fetch(`${base}/api/v1/ready`)).status).toBe(200);
      const inFlight = fetch(`${base}/api/v1/classify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message: 'please refill my lisinopril', message_id: 'shutdown-1' }),
      });
      await held.arrived(1);
      server.child.kill('SIGTERM');
      await server.printed(/shutting down/);
      const ready = await fetch(`${base}/api/v1/ready`);
      expect(ready.status).toBe(503);
      held.release();
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ category: 'service_action', classifier: { provider: 'openai', fallback: false } });
      expect(await server.exited).toBe(0);
      expect(server.output().stdout).toMatch(/stopped cleanly/);
    } finally {
      await stub.close();
    }
  });

  it('when SIGTERM arrives under load, then every accepted request is answered 200 and the exit code is 0', async () => {
    const stub = await startOpenAiStub();
    const held = heldAnswers();
    stub.setBehavior(held.behavior);
    const server = startServer({ CLASSIFIER_PROVIDER: 'openai', OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: stub.url, LLM_TIMEOUT_MS: '20000', SHUTDOWN_DELAY_MS });
    running = server.child;
    try {
      const base = await server.listening;
      const send = (i: number) =>
        fetch(`${base}/api/v1/classify`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ message: `please refill my inhaler (${i})` }),
        }).then((r) => r.status);
      const inFlight = Array.from({ length: 20 }, (_, i) => send(i));
      await held.arrived(20);
      server.child.kill('SIGTERM');
      await server.printed(/shutting down/);
      // Accepted during the drain delay (readiness already 503): still served, never dropped.
      const late = send(99);
      await held.arrived(21);
      held.release();
      expect(await Promise.all([...inFlight, late])).toEqual(Array(21).fill(200));
      expect(await server.exited).toBe(0);
    } finally {
      await stub.close();
    }
  });

  it('when started with no key, then the start-up log says local and why, and warns that no API keys are set', async () => {
    const server = startServer({});
    running = server.child;
    await server.listening;
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const { stdout } = server.output();
    expect(stdout).toMatch(/classifier: local \(CLASSIFIER_PROVIDER=auto and OPENAI_API_KEY is not set\)/);
    expect(stdout).toMatch(/THE SERVICE IS OPEN: API_KEYS is not set/);
  });
});

describe('the server process and its port', () => {
  it('when the port is already in use, then it stops with one plain line naming the port, exit 1 and no stack trace', async () => {
    const { createServer } = await import('node:net');
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    try {
      const server = startServer({ PORT: String(port) });
      running = server.child;
      expect(await server.exited).toBe(1);
      const { stdout, stderr } = server.output();
      expect(stderr.trim()).toBe(`careroute: cannot listen: port ${port} on 127.0.0.1 is already in use; stop the other process or set PORT to a free port`);
      expect(stdout).not.toMatch(/"level":60|stack/);
    } finally {
      holder.close();
    }
  });
});
