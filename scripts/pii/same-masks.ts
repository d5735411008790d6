/**
 * The masked output of an older tree's redactor against this one's, for a change meant to keep it (issue 15):
 * every distinct text of data/corpus and data/pii, as written, lower-cased and upper-cased (a transcript, a
 * shouted message), through redactPii in both trees. Prints each text whose masked output differs and the count;
 * exits 1 on any. Time per tree is the CPU both spent over the whole set (not a benchmark: same process, load shared).
 *
 *   git archive main src data | tar -x -C /tmp/old && ln -s "$PWD/node_modules" /tmp/old/node_modules
 *   node scripts/pii/same-masks.ts /tmp/old
 */
import { join, resolve } from 'node:path';
import { readTexts } from './texts.ts';

type Redact = (text: string) => string;
const here = resolve(import.meta.dirname, '../..');
const old = process.argv[2];
if (old === undefined) throw new Error('usage: node scripts/pii/same-masks.ts <root of the older tree>');
const load = async (root: string) => ((await import(join(resolve(root), 'src/observability/redact.ts'))) as { redactPii: Redact }).redactPii;
const [before, after] = [await load(old), await load(here)];
const texts = new Set<string>();
for (const text of readTexts(join(here, 'data/corpus'), join(here, 'data/pii'))) texts.add(text).add(text.toLowerCase()).add(text.toUpperCase());
let differ = 0;
const spent = [0, 0];
for (const text of texts) {
  let t = process.cpuUsage();
  const b = before(text);
  spent[0]! += process.cpuUsage(t).user;
  t = process.cpuUsage();
  const a = after(text);
  spent[1]! += process.cpuUsage(t).user;
  if (a !== b && differ++ < 20) console.log(JSON.stringify({ text: text.slice(0, 200), before: b.slice(0, 200), after: a.slice(0, 200) }));
}
console.log(`${texts.size} texts: ${differ} masked differently; CPU ${(spent[0]! / 1e6).toFixed(1)} s before, ${(spent[1]! / 1e6).toFixed(1)} s after`);
if (differ > 0) process.exitCode = 1;
