import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What every app scenario shares: info-level JSON logs to a real file, no rate limit, local stores. */
export function appEnv(logFile: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    RATE_LIMIT_MAX: '0',
    BENCH_LOG_FILE: logFile,
    ...extra,
  };
}

export function logFileFor(scenario: string): string {
  return join(tmpdir(), `careroute-bench-${process.pid}-${scenario}.log`);
}

/** Lines and bytes in the server's log, which proves one JSON line per request was really written. */
export async function logStats(file: string): Promise<{ lines: number; bytes: number }> {
  let lines = 0;
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(file)) {
      const buffer = chunk as Buffer;
      bytes += buffer.length;
      for (let i = buffer.indexOf(10); i !== -1; i = buffer.indexOf(10, i + 1)) lines++;
    }
  } catch {
    return { lines: 0, bytes: 0 };
  }
  return { lines, bytes };
}

export async function removeLog(file: string): Promise<void> {
  await rm(file, { force: true });
}

/** Sum of every series of one Prometheus counter or gauge in a /metrics text body. */
export function sumMetric(text: string, name: string, labelFilter?: string): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name) || (line[name.length] !== '{' && line[name.length] !== ' ')) continue;
    if (labelFilter && !line.includes(labelFilter)) continue;
    sum += Number(line.slice(line.lastIndexOf(' ') + 1)) || 0;
  }
  return sum;
}

export async function fetchMetrics(baseUrl: string): Promise<string> {
  const response = await fetch(new URL('/metrics', baseUrl));
  return response.text();
}
