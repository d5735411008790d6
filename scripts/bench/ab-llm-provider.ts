import { join, resolve } from 'node:path';
import { median, startStubChild } from './llm-app.ts';
import { BENCH_MESSAGES } from './messages.ts';

/**
 * `node scripts/bench/ab-llm-provider.ts <older tree> [calls] [in flight]`: CPU microseconds per call of the
 * openai provider alone (createOpenAiClassifier's classify: request body, SDK, undici, reading the
 * answer), for an older copy and this tree in ONE process, in alternating rounds (9 each, after 3
 * untimed), against the bench's stub answering at once in a child process (its CPU is not counted).
 * No app, no triage: a before/after figure for the provider that the whole request's noise would hide.
 * The older tree is a plain copy, as for ab-llm.ts.
 */
interface Provider {
  classify(input: { text: string; channel: string }): Promise<unknown>;
  close?(): Promise<void>;
}
const [olderArg, callsArg, flightArg] = process.argv.slice(2);
if (olderArg === undefined) throw new Error('usage: node scripts/bench/ab-llm-provider.ts <older tree> [calls] [in flight]');
const calls = Number(callsArg ?? 2000);
const inFlight = Number(flightArg ?? 20);
const stub = await startStubChild(0);
const inputs = BENCH_MESSAGES.map((m) => ({ text: m.message, channel: m.channel }));
const providers: Provider[] = [];
for (const root of [resolve(olderArg), resolve(import.meta.dirname, '../..')]) {
  const { createOpenAiClassifier } = await import(join(root, 'src/classifier/openai-provider.ts'));
  providers.push(createOpenAiClassifier({ apiKey: 'bench', baseURL: stub.url, model: 'gpt-4o-mini', timeoutMs: 60_000, maxRetries: 0 }) as Provider);
}

async function time(provider: Provider): Promise<number> {
  let next = 0;
  const start = process.cpuUsage();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < calls) await provider.classify(inputs[next++ % inputs.length]!);
    }),
  );
  const used = process.cpuUsage(start);
  return (used.user + used.system) / calls;
}

for (let k = 0; k < 3; k++) for (const provider of providers) await time(provider);
const figures: number[][] = [[], []];
for (let k = 0; k < 9; k++) for (const side of [0, 1]) figures[side]!.push(await time(providers[side]!));
const shown = (xs: number[]) => `${xs.map((x) => x.toFixed(0)).join(' ')} (median ${median(xs).toFixed(0)})`;
process.stdout.write(`openai provider  older ${shown(figures[0]!)} | this tree ${shown(figures[1]!)} us/call\n`);
for (const provider of providers) await provider.close?.();
stub.stop();
