/**
 * The name finders' gates (src/observability/redact/gate.ts, issue 15) against their regexes: over every distinct
 * text of data/corpus and data/pii (and each lower-cased, as an all-capitals message is read), a text a gate turns
 * away must hold no match of its regex. Prints, per gate, how many texts it turned away and how many it wrongly did.
 *
 *   node scripts/pii/check-gates.ts
 */
import { join, resolve } from 'node:path';
import { GATES } from '../../src/observability/redact/gate.ts';
import '../../src/observability/redact.ts';
import { readTexts } from './texts.ts';

const here = resolve(import.meta.dirname, '../..');
const texts = new Set<string>();
for (const text of readTexts(join(here, 'data/corpus'), join(here, 'data/pii'))) texts.add(text).add(text.toLowerCase());
let wrong = 0;
for (const { re, groups, may } of GATES) {
  let [skipped, lost] = [0, 0];
  for (const text of texts) {
    if (may(text)) continue;
    skipped++;
    re.lastIndex = 0;
    if (re.exec(text) !== null) lost++;
  }
  re.lastIndex = 0;
  wrong += lost;
  console.log(`${String(skipped).padStart(6)} skipped, ${lost} with a match: ${groups.map((g) => g.join('|')).join(' & ')}  (${re.source.slice(0, 60)})`);
}
console.log(`${texts.size} texts, ${GATES.length} gates, ${wrong} matches skipped`);
if (wrong > 0) process.exitCode = 1;
