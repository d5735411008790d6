import { resolve } from 'node:path';
import { BENCH_MESSAGES } from './messages.ts';
import { loadTree } from './tree.ts';

/**
 * `node scripts/bench/ab.ts <older tree> [rounds] [stage ...]`: CPU microseconds per call of a stage
 * over (b)'s 22 messages in an older checkout and in this one, both loaded in ONE process and timed
 * in alternating rounds (7 each, after a warm-up), so a shared machine's load falls on both alike.
 * Prints every round and the medians. The older tree is a plain copy of src and data, e.g.
 *
 *   mkdir /tmp/old && git archive f6e70a9 src data | tar -x -C /tmp/old && ln -s "$PWD/node_modules" /tmp/old/node_modules
 *
 * Stages: predict (the local model with its explanation), categorise (the shadow's category),
 * guard scan (scanMessage over the folded message), guard (scanSafety over the message: the fold, the scan and the judging), redact (findPii over the message), redact reasoning (findPii over
 * the local model's reasoning line, one of the short texts a request redacts besides the message), case product (extractProduct),
 * case facts (extractCaseFacts with the message's guard scan, as the local path of a safety case reads it), case report (the
 * second stage's case-report reading, readCaseReport, over the message), triage (the whole
 * use case with the embedded adapters), request (POST /api/v1/classify through Fastify's inject, as
 * scripts/bench/cpu-inject.ts: no sockets).
 */
const [olderArg, roundsArg, ...only] = process.argv.slice(2);
if (olderArg === undefined) throw new Error('usage: node scripts/bench/ab.ts <older tree> [rounds] [stage ...]');
const trees = [resolve(olderArg), resolve(import.meta.dirname, '../..')];
const rounds = Number(roundsArg ?? 500);
const ROUNDS = 7;

type Stage = (i: number) => unknown;

async function stagesOf(root: string): Promise<Record<string, Stage>> {
  const { app, service, local, normaliseMessage, foldText, scanMessage, foldForFacts, extractProduct, extractCaseFacts, readCaseReport, scanSafety, findPii } = await loadTree(root);
  const server = await app();
  const bodies = BENCH_MESSAGES.map((m) => JSON.stringify(m));
  const texts = BENCH_MESSAGES.map((m) => normaliseMessage(m.message, m.channel));
  const folded = texts.map((t) => foldText(t).folded);
  const forFacts = texts.map((t) => foldForFacts(t));
  const scans = texts.map((t) => scanSafety(t));
  const reasonings = await Promise.all(texts.map(async (t) => ((await local.classify({ text: t, channel: 'chat' })) as { reasoning: string }).reasoning));
  let n = 0;
  return {
    predict: (i) => local.explain(texts[i]!),
    categorise: (i) => local.categorise({ text: texts[i]!, channel: 'chat' }),
    'guard scan': (i) => scanMessage(folded[i]!),
    'case report': (i) => readCaseReport(texts[i]!),
    guard: (i) => scanSafety(texts[i]!),
    redact: (i) => findPii(texts[i]!),
    'redact reasoning': (i) => findPii(reasonings[i]!),
    'case product': (i) => extractProduct(forFacts[i]!),
    'case facts': (i) => extractCaseFacts(texts[i]!, scans[i]!),
    triage: (i) => {
      const m = BENCH_MESSAGES[i]!;
      return service.triage({ request_id: `r${n++}`, message: m.message, channel: m.channel, locale: m.locale, customer_id: m.customer_id, received_at: new Date() });
    },
    request: async (i) => {
      const response = await server.inject({ method: 'POST', url: '/api/v1/classify', headers: { 'content-type': 'application/json' }, payload: bodies[i] });
      if (response.statusCode !== 200) throw new Error(`HTTP ${response.statusCode}`);
    },
  };
}

async function time(run: Stage): Promise<number> {
  const start = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (let i = 0; i < BENCH_MESSAGES.length; i++) await run(i);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / (rounds * BENCH_MESSAGES.length);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const [older, newer] = [await stagesOf(trees[0]!), await stagesOf(trees[1]!)];
for (const name of Object.keys(newer)) {
  if (only.length > 0 && !only.includes(name)) continue;
  const pair = [older[name]!, newer[name]!];
  for (const run of pair) await time(run);
  const figures: number[][] = [[], []];
  for (let k = 0; k < ROUNDS; k++) for (const side of [0, 1]) figures[side]!.push(await time(pair[side]!));
  const shown = (xs: number[]) => `${xs.map((x) => x.toFixed(1)).join(' ')} (median ${median(xs).toFixed(1)})`;
  process.stdout.write(`${name.padEnd(16)} older ${shown(figures[0]!)} | this tree ${shown(figures[1]!)} us/call\n`);
}
