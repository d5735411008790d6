import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `npm start` exactly as a person or a supervisor runs it, in a copy of the package whose src/,
 * data/ and node_modules/ are links to this one: a .env written there touches nobody else.
 */
function packageCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'careroute-npm-start-'));
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  for (const name of ['src', 'data', 'node_modules']) symlinkSync(join(root, name), join(dir, name));
  return dir;
}

function npmStart(cwd: string, env: Record<string, string> = {}) {
  // A process group of its own, so the test can clean up whatever npm left behind, and only that.
  const child = spawn('npm', ['start', '--silent'], {
    cwd,
    detached: true,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, PORT: '0', HOST: '127.0.0.1', SHUTDOWN_DELAY_MS: '0', RATE_LIMIT_MAX: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    const check = () => {
      const match = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', check);
    void exited.then(() => reject(new Error(`npm start exited before listening: ${output}`)));
  });
  listening.catch(() => {});
  return { child, exited, listening, output: () => output };
}

let group: ChildProcess | undefined;
let dir: string | undefined;
afterEach(() => {
  if (group?.pid) {
    try {
      process.kill(-group.pid, 'SIGKILL');
    } catch {
      // the group is already gone: nothing was left behind
    }
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
  group = undefined;
  dir = undefined;
});

async function refused(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    return false;
  } catch {
    return true;
  }
}

describe('npm start', () => {
  it('when the npm process (not node) gets SIGTERM, then the server stops too and the port is closed', async () => {
    dir = packageCopy();
    const started = npmStart(dir);
    group = started.child;
    const base = await started.listening;
    expect((await fetch(`${base}/api/v1/health`)).status).toBe(200);
    process.kill(started.child.pid!, 'SIGTERM');
    await started.exited;
    expect(await refused(`${base}/api/v1/health`)).toBe(true);
    expect(started.output()).toMatch(/stopped cleanly/);
  }, 60_000);

  it('when a .env file sits in the package folder, then npm start loads it', async () => {
    dir = packageCopy();
    writeFileSync(join(dir, '.env'), '# a local setting\nCONFIDENCE_THRESHOLD=high\n');
    const started = npmStart(dir);
    group = started.child;
    const first = await Promise.race([started.exited, started.listening.then(() => 'listening', () => 'exited')]);
    expect(first).not.toBe('listening');
    expect(await started.exited).toBe(78);
    expect(started.output()).toContain('careroute: invalid configuration: CONFIDENCE_THRESHOLD: must be a number (got "high")');
  }, 60_000);

  it('when a variable is set both in the environment and in .env, then the environment wins', async () => {
    dir = packageCopy();
    writeFileSync(join(dir, '.env'), 'CONFIDENCE_THRESHOLD=high\n');
    const started = npmStart(dir, { CONFIDENCE_THRESHOLD: '0.8' });
    group = started.child;
    await started.listening;
    process.kill(started.child.pid!, 'SIGTERM');
    expect(await started.exited).toBe(0);
  }, 60_000);
});
