/**
 * npm run eval:pii: the redactor on the labelled PII set (data/pii). Recall per kind and per form
 * (an identifier counts only when every letter and digit of it is masked), over-redaction (words
 * masked that are no identifier; drug names, doses, onset dates and the other traps separately) and
 * the latency of one redactPii call. `--misses` lists what was missed or wrongly masked.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findPii, redactPii } from '../../src/observability/redact.ts';
import { corpusTraps } from './corpus-traps.ts';
import type { PiiRecord } from './generate.ts';

const DIR = join(import.meta.dirname, '../../data/pii');
const records: PiiRecord[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) => readFileSync(join(DIR, f), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as PiiRecord));
const showMisses = process.argv.includes('--misses');

type Range = { start: number; end: number };
const ALNUM = /[\p{L}\p{N}]/u;
const covered = (found: Range[], at: number) => found.some((f) => f.start <= at && at < f.end);
const overlaps = (found: Range[], r: Range) => found.some((f) => f.start < r.end && r.start < f.end);
function fullyMasked(text: string, found: Range[], r: Range): boolean {
  for (let i = r.start; i < r.end; i++) if (ALNUM.test(text[i]!) && !covered(found, i)) return false;
  return true;
}
const formOf = (r: PiiRecord) => (r.language === 'es' ? 'spanish' : r.channel === 'voice' ? 'spoken' : 'written');

const recall = new Map<string, { hit: number; total: number }>();
const count = (key: string, hit: boolean) => {
  const c = recall.get(key) ?? { hit: 0, total: 0 };
  c.total++;
  if (hit) c.hit++;
  recall.set(key, c);
};
const traps = new Map<string, { masked: number; total: number }>();
let plainWords = 0;
let maskedWords = 0;
const misses: string[] = [];

for (const record of records) {
  const found = findPii(record.text);
  for (const span of record.spans) {
    const hit = fullyMasked(record.text, found, span);
    count(span.kind, hit);
    count(`${span.kind}\u0000${formOf(record)}`, hit);
    if (!hit) misses.push(`MISS ${span.kind} [${span.text}] in ${record.id}: ${redactPii(record.text)}`);
  }
  for (const trap of record.traps) {
    const t = traps.get(trap.kind) ?? { masked: 0, total: 0 };
    t.total++;
    if (overlaps(found, trap)) {
      t.masked++;
      misses.push(`OVER ${trap.kind} [${trap.text}] in ${record.id}: ${redactPii(record.text)}`);
    }
    traps.set(trap.kind, t);
  }
  for (const w of record.text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const r = { start: w.index, end: w.index + w[0].length };
    if (overlaps(record.spans, r)) continue;
    plainWords++;
    if (overlaps(found, r)) maskedWords++;
  }
}

// Latency: every message redacted alone, after a warm-up, 21 rounds. Three views: the CPU time of each
// call (process.cpuUsage: what redaction costs, GC included, time the process was preempted excluded);
// per message, the median wall time of its rounds; the wall time of every call (on a loaded shared
// machine, dominated by the scheduler: a trivial string operation shows the same tail).
for (let i = 0; i < 5; i++) for (const r of records) redactPii(r.text);
const rounds: number[][] = records.map(() => []);
const cpu: number[] = [];
for (let round = 0; round < 21; round++) {
  records.forEach((r, i) => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    redactPii(r.text);
    rounds[i]!.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  });
}
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const at = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const medians = sorted(rounds.map((xs) => at(sorted(xs), 0.5)));
const times = sorted(rounds.flat());
const us = (ms: number) => `${(ms * 1000).toFixed(0)} us`;

const fmt = (c: { hit: number; total: number } | undefined) => (c ? `${(c.hit / c.total).toFixed(3)} (${c.hit}/${c.total})` : '-');
const kinds = [...new Set(records.flatMap((r) => r.spans.map((s) => s.kind)))].sort();
console.log(`PII set: ${records.length} messages, ${records.reduce((n, r) => n + r.spans.length, 0)} identifiers\n`);
console.log('| kind | recall | written | spoken | spanish |\n|---|---|---|---|---|');
for (const kind of kinds) console.log(`| ${kind} | ${fmt(recall.get(kind))} | ${['written', 'spoken', 'spanish'].map((f) => fmt(recall.get(`${kind}\u0000${f}`))).join(' | ')} |`);
console.log(`\nover-redaction: ${maskedWords} of ${plainWords} words that are no identifier masked (${((100 * maskedWords) / plainWords).toFixed(2)}%)\n`);
console.log('| trap | masked | of | rate |\n|---|---|---|---|');
for (const [kind, t] of [...traps].sort()) console.log(`| ${kind} | ${t.masked} | ${t.total} | ${((100 * t.masked) / t.total).toFixed(2)}% |`);
const cpuSorted = sorted(cpu);
console.log(`\nCPU time per call (${cpu.length} calls): p50 ${us(at(cpuSorted, 0.5))}, p99 ${us(at(cpuSorted, 0.99))}, p99.9 ${us(at(cpuSorted, 0.999))}`);
console.log(`latency per message (median of 21 runs each, ${medians.length} messages): p50 ${us(at(medians, 0.5))}, p99 ${us(at(medians, 0.99))}, max ${us(at(medians, 1))}`);
console.log(`latency of single calls (${times.length}, scheduler and GC pauses included): p50 ${us(at(times, 0.5))}, p99 ${us(at(times, 0.99))}, max ${us(at(times, 1))}`);
const corpus = corpusTraps();
console.log(`\ntraps in the classifier corpus (${corpus.messages} messages by independent writers, data/corpus):\n\n| trap | masked | of | rate |\n|---|---|---|---|`);
for (const row of corpus.rows) console.log(`| ${row.kind} | ${row.masked} | ${row.total} | ${((100 * row.masked) / Math.max(1, row.total)).toFixed(2)}% |`);
if (showMisses) console.log(`\n${misses.join('\n')}\n${corpus.rows.flatMap((r) => r.examples.map((e) => `CORPUS OVER ${r.kind}: ${e}`)).join('\n')}`);
