import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseBenchArgs } from './bench/args.ts';
import { memoryGrowth, memoryGrowthRuns } from './bench/memory-scenario.ts';
import { summariseProfiles } from './bench/profile-summary.ts';
import { evaluateTargets, formatTable, machine, toJson } from './bench/report.ts';
import { bareFastify, classifyLocal, classifyOpenAi, postFloor } from './bench/scenarios.ts';

/**
 * `npm run bench [-- --quick | --duration S | --profile]`: four load scenarios, each server in its own
 * child process on loopback, autocannon in this one. A measurement: exits 0 even when a target is
 * missed, and says MISSED. Figures go to bench-results/latest.json with the machine they ran on.
 */
const options = parseBenchArgs(process.argv.slice(2));
const host = machine();
const log = (line: string) => process.stdout.write(`${line}\n`);

log(`careroute bench on ${host.cpu_model}, ${host.cores} cores, ${(host.total_memory_bytes / 2 ** 30).toFixed(1)} GiB, node ${host.node_version}, load average ${host.load_average_1m}`);
log(`${options.durationS} s per scenario after a ${options.warmupS} s warm-up${options.quick ? ' (--quick smoke run)' : ''}`);

/** A scenario that cannot run (the app does not start) is not a measurement: stop with exit 1. */
async function step<T>(label: string, run: () => Promise<T>): Promise<T> {
  log(label);
  try {
    return await run();
  } catch (error) {
    process.stderr.write(`bench: ${label.slice(0, 3)} could not run: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

if (options.only) {
  const runs: Record<string, () => Promise<unknown>> = {
    a: () => bareFastify(options),
    a2: () => postFloor(options),
    b: () => classifyLocal(options),
    c: () => classifyOpenAi(options),
    'c-stress': () => classifyOpenAi(options, true),
    d: () => memoryGrowth(options),
  };
  for (const id of options.only) {
    const run = runs[id];
    if (!run) throw new Error(`--only: unknown scenario "${id}" (a, a2, b, c, c-stress, d)`);
    log(`(${id}) ${JSON.stringify(await step(`(${id}) alone...`, run))}`);
    if (options.profileDir && (id === 'b' || id === 'c')) log(summariseProfiles(join(options.profileDir, id), { under: 'src/', top: 20 }));
  }
  process.exit(0);
}

const a = await step(`(a) bare Fastify, ${options.connections} connections...`, () => bareFastify(options));
const a2 = await step(`(a2) diagnostic: Fastify POST with validation and a log line, no triage, ${options.connections} connections...`, () => postFloor(options));
const b = await step(`(b) classify with the local classifier, info logs to a file, ${options.connections} connections...`, () => classifyLocal(options));
const c = await step(
  `(c) classify with openai against a ${options.llmDelayMs} ms stub, ${options.llmConnections} connections, LLM_MAX_CONCURRENCY=${options.llmMaxConcurrency}...`,
  () => classifyOpenAi(options),
);
const cStress = await step(`(c-stress) the same at ${options.llmStressConnections} connections (a stress figure, no target)...`, () => classifyOpenAi(options, true));
const d = await step(
  `(d) memory: RSS after ${options.memoryRequests.toLocaleString('en-US')} vs after ${options.memoryWarmRequests.toLocaleString('en-US')} classify requests, ${options.memoryRuns} runs...`,
  () => memoryGrowthRuns(options, log),
);

const figures = { a, a2, b, c, cStress, d };
const targets = evaluateTargets(figures);
log('');
log(formatTable(figures, targets));

mkdirSync(dirname(options.out), { recursive: true });
writeFileSync(options.out, `${JSON.stringify(toJson(figures, targets, options, host), null, 2)}\n`);
log(`\nwrote ${options.out}`);

if (options.profileDir) {
  for (const scenario of ['b', 'c']) {
    log(`\n(${scenario}) server CPU profile:`);
    log(summariseProfiles(join(options.profileDir, scenario), { under: 'src/', top: 20 }));
  }
}
if (targets.some((t) => !t.passed)) log('\nMISSED: at least one target (see above). This is a measurement: exit code 0.');
