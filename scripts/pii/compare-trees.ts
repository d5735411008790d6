/**
 * The redactor of an older tree against this one (issue #14, fourth follow-up): which name spans change on the
 * classifier corpus (every text of data/corpus, read one by one for over-redaction), and the latency per message
 * on the main PII set, both trees timed alternately three times (median of 21 runs a message, as eval:pii does).
 *
 *   git archive 6ca9838 src data/names | tar -x -C /tmp/old && ln -s "$PWD/node_modules" /tmp/old/node_modules
 *   node scripts/pii/compare-trees.ts /tmp/old
 */
import { join, resolve } from 'node:path';
import { loadPiiSet } from './score.ts';
import { readTexts } from './texts.ts';

type FindPii = (text: string) => Array<{ kind: string; start: number; end: number }>;
type Redact = (text: string) => string;
const here = resolve(import.meta.dirname, '../..');
const old = process.argv[2];
if (old === undefined) throw new Error('usage: node scripts/pii/compare-trees.ts <root of the older tree>');
const load = async (root: string) => (await import(join(resolve(root), 'src/observability/redact.ts'))) as { findPii: FindPii; redactPii: Redact };
const [before, after] = [await load(old), await load(here)];

const texts = readTexts(join(here, 'data/corpus'));
const names = (find: FindPii, text: string) => find(text).filter((s) => s.kind === 'name').map((s) => `${s.start}-${s.end} ${text.slice(s.start, s.end)}`);
let [more, fewer] = [0, 0];
for (const text of texts) {
  const [b, a] = [names(before.findPii, text), names(after.findPii, text)];
  const line = text.slice(0, 140).replaceAll('\n', ' ');
  for (const s of a.filter((x) => !b.includes(x))) { more++; console.log(`+ ${s} | ${line}`); }
  for (const s of b.filter((x) => !a.includes(x))) { fewer++; console.log(`- ${s} | ${line}`); }
}
console.log(`\n${texts.size} distinct corpus texts: ${more} name spans only after, ${fewer} only before\n`);

const records = loadPiiSet();
function p99(redact: Redact): string {
  for (let i = 0; i < 5; i++) for (const r of records) redact(r.text);
  const rounds: number[][] = records.map(() => []);
  for (let round = 0; round < 21; round++) records.forEach((r, i) => {
    const t0 = performance.now();
    redact(r.text);
    rounds[i]!.push(performance.now() - t0);
  });
  const sorted = (xs: number[]) => [...xs].sort((x, y) => x - y);
  const at = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
  const medians = sorted(rounds.map((xs) => at(sorted(xs), 0.5)));
  return `p50 ${(at(medians, 0.5) * 1000).toFixed(0)} us, p99 ${(at(medians, 0.99) * 1000).toFixed(0)} us`;
}
for (let run = 0; run < 3; run++) console.log(`latency per message, before: ${p99(before.redactPii)}; after: ${p99(after.redactPii)}`);
