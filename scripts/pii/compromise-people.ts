/**
 * Would compromise's parser find people our rules miss? Measures `nlp(text).people()` (compromise/three) on the
 * real-text DEV half and the development name sets: names it finds alone, names it adds to `findPii`'s, traps and other
 * words it would mask, medicines in the classifier corpus it would mask, and its time a message. Aggregates only.
 * `node scripts/pii/compromise-people.ts`
 */
import { join } from 'node:path';
import nlp from 'compromise/three';
import { findPii } from '../../src/observability/redact.ts';
import { loadPiiSet, PII_SET_DIR } from './score.ts';
import { TRAP_PATTERNS } from './corpus-traps.ts';
import { readFileSync, readdirSync } from 'node:fs';

type Range = { start: number; end: number };
const ALNUM = /[\p{L}\p{N}]/u;
const covers = (found: readonly Range[], r: Range, text: string) => {
  for (let i = r.start; i < r.end; i++) if (ALNUM.test(text[i]!) && !found.some((f) => f.start <= i && i < f.end)) return false;
  return true;
};
const overlaps = (found: readonly Range[], r: Range) => found.some((f) => f.start < r.end && r.start < f.end);

function people(text: string): Range[] {
  const out = nlp(text).people().json({ offset: true }) as Array<{ offset: { start: number; length: number } }>;
  return out.map((p) => ({ start: p.offset.start, end: p.offset.start + p.offset.length }));
}

const sets = ['real-names-dev', ...readdirSync(PII_SET_DIR).filter((d) => /^dev-names/.test(d)).sort()];
for (const set of sets) {
  const records = loadPiiSet(join(PII_SET_DIR, set));
  let names = 0, ours = 0, theirs = 0, union = 0, trapsOurs = 0, trapsUnion = 0, traps = 0;
  const trapKinds = new Map<string, number>();
  let ms = 0;
  for (const r of records) {
    const t0 = performance.now();
    const cp = people(r.text);
    ms += performance.now() - t0;
    const fp = findPii(r.text);
    const both = [...fp, ...cp];
    for (const s of r.spans.filter((x) => x.kind === 'name')) {
      names++;
      if (covers(fp, s, r.text)) ours++;
      if (covers(cp, s, r.text)) theirs++;
      if (covers(both, s, r.text)) union++;
    }
    for (const trap of r.traps) {
      traps++;
      if (overlaps(fp, trap)) trapsOurs++;
      if (overlaps(both, trap)) {
        trapsUnion++;
        if (!overlaps(fp, trap)) trapKinds.set(trap.kind, (trapKinds.get(trap.kind) ?? 0) + 1);
      }
    }
  }
  console.log(`${set}: names ours ${ours}/${names}, compromise alone ${theirs}, union ${union}; traps masked ours ${trapsOurs}/${traps}, union ${trapsUnion} (${[...trapKinds].map(([k, n]) => `${k} ${n}`).join(', ')}); compromise ${(ms / records.length).toFixed(2)} ms a message`);
}

// Medicines in the classifier corpus (the same texts scripts/pii/corpus-traps.ts reads: data/corpus/*.jsonl and extra/).
const ROOT = join(import.meta.dirname, '../../data/corpus');
const files = [...readdirSync(ROOT).filter((f) => f.endsWith('.jsonl')).map((f) => join(ROOT, f)), ...readdirSync(join(ROOT, 'extra')).filter((f) => f.endsWith('.jsonl')).map((f) => join(ROOT, 'extra', f))];
const texts = new Set<string>();
for (const f of files) for (const l of readFileSync(f, 'utf8').split('\n')) if (l.trim() !== '') texts.add((JSON.parse(l) as { text: string }).text);
let drugs = 0, masked = 0, spans = 0;
for (const text of texts) {
  const cp = people(text);
  spans += cp.length;
  for (const m of text.matchAll(TRAP_PATTERNS.drug!)) {
    drugs++;
    if (overlaps(cp, { start: m.index, end: m.index + m[0].length })) masked++;
  }
}
console.log(`classifier corpus (${texts.size} texts): compromise people spans ${spans}; medicines masked ${masked}/${drugs}`);
