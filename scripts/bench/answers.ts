import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadTree } from './tree.ts';

/**
 * `node scripts/bench/answers.ts <tree> <out.jsonl>`: what a tree answers for every distinct text (with
 * its channel) of this checkout's data/corpus and data/pii, one JSON line each: the triage body with
 * ids and times blanked, the guard scan, findPii's spans, the local model's classify, categorise and
 * explain (full-precision probabilities and logits); data/corpus/eval-only and the figures-only PII sets (real-names-test, holdout-v4) are left out. Run it for an older tree and for this one and
 * compare the files (`cmp`): a change meant to keep behaviour must give the same bytes.
 */
const [treeArg, out] = process.argv.slice(2);
if (treeArg === undefined || out === undefined) throw new Error('usage: node scripts/bench/answers.ts <tree> <out.jsonl>');
const root = resolve(treeArg);
const here = resolve(import.meta.dirname, '../..');
const { service, local, normaliseMessage, scanSafety, findPii } = await loadTree(root);

const files: string[] = [];
const walk = (dir: string) => {
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    // Evaluation-only sets (issue #11: aggregate figures only, some under a research-only licence) are never read here.
    if (f === 'eval-only') continue;
    // The PII sets kept for figures only (their texts are never read by anything but the scorers).
    if (f === 'real-names-test' || f === 'holdout-v4') continue;
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.jsonl')) files.push(p);
  }
};
walk(join(here, 'data/corpus'));
walk(join(here, 'data/pii'));
const CHANNELS = ['chat', 'voice', 'mail', 'api'];
const seen = new Set<string>();
const items: Array<{ text: string; channel: string }> = [];
for (const f of files) {
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { text?: unknown; channel?: unknown };
    if (typeof record.text !== 'string') continue;
    const channel = typeof record.channel === 'string' && CHANNELS.includes(record.channel) ? record.channel : 'chat';
    const key = `${channel}\u0000${record.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({ text: record.text, channel });
  }
}
const VARYING = new Set(['request_id', 'timestamp', 'processing_time_ms', 'ticket_id', 'case_id', 'reference', 'created_at', 'due_at']);
const blank = (body: unknown) => JSON.stringify(body, (key, value: unknown) => (VARYING.has(key) ? '*' : value)).replace(/\b(?:TCK|CASE|SC|T|C)-[A-Z0-9-]{6,}\b/g, '#ID');
const lines: string[] = [];
let n = 0;
for (const { text, channel } of items) {
  const normalised = normaliseMessage(text, channel);
  const input = { text: normalised, channel };
  const body = (await service.triage({ request_id: `r${n++}`, message: text, channel, received_at: new Date('2026-12-06T10:00:00Z') })).body;
  const answers = { scan: scanSafety(normalised), pii: findPii(text), classify: await local.classify(input), categorise: await local.categorise(input), explain: local.explain(normalised) };
  lines.push(`{"text":${JSON.stringify(text)},"channel":"${channel}","answers":${JSON.stringify(answers)},"body":${blank(body)}}`);
}
writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`${items.length} distinct texts written to ${out}\n`);
