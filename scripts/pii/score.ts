/**
 * Scores the redactor on the labelled PII set: recall per kind and per form (an identifier counts only
 * when every letter and digit of it is masked), masked traps, over-redaction of other words.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findPii, redactPii } from '../../src/observability/redact.ts';
import type { PiiRecord } from './generate.ts';

export const PII_SET_DIR = join(import.meta.dirname, '../../data/pii');

export function loadPiiSet(dir = PII_SET_DIR): PiiRecord[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as PiiRecord));
}

type Range = { start: number; end: number };
export interface Tally { hit: number; total: number }
export interface PiiScore {
  /** By kind, and by `${kind}\u0000${form}` with form written, spoken or spanish. */
  recall: Map<string, Tally>;
  /** By trap kind: `hit` is how many were masked (partly or wholly). */
  traps: Map<string, Tally>;
  plainWords: number;
  maskedWords: number;
  misses: string[];
}

const ALNUM = /[\p{L}\p{N}]/u;
const covered = (found: Range[], at: number) => found.some((f) => f.start <= at && at < f.end);
const overlaps = (found: readonly Range[], r: Range) => found.some((f) => f.start < r.end && r.start < f.end);
function fullyMasked(text: string, found: Range[], r: Range): boolean {
  for (let i = r.start; i < r.end; i++) if (ALNUM.test(text[i]!) && !covered(found, i)) return false;
  return true;
}
export const formOf = (r: PiiRecord) => (r.language === 'es' ? 'spanish' : r.channel === 'voice' ? 'spoken' : 'written');

function bump(map: Map<string, Tally>, key: string, hit: boolean) {
  const t = map.get(key) ?? { hit: 0, total: 0 };
  t.total++;
  if (hit) t.hit++;
  map.set(key, t);
}

export function scorePiiSet(records: readonly PiiRecord[]): PiiScore {
  const score: PiiScore = { recall: new Map(), traps: new Map(), plainWords: 0, maskedWords: 0, misses: [] };
  for (const record of records) {
    const found = findPii(record.text);
    for (const span of record.spans) {
      const hit = fullyMasked(record.text, found, span);
      bump(score.recall, span.kind, hit);
      bump(score.recall, `${span.kind}\u0000${formOf(record)}`, hit);
      if (!hit) score.misses.push(`MISS ${span.kind} [${span.text}] in ${record.id}: ${redactPii(record.text)}`);
    }
    for (const trap of record.traps) {
      const masked = overlaps(found, trap);
      bump(score.traps, trap.kind, masked);
      if (masked) score.misses.push(`OVER ${trap.kind} [${trap.text}] in ${record.id}: ${redactPii(record.text)}`);
    }
    for (const w of record.text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const r = { start: w.index, end: w.index + w[0].length };
      if (overlaps(record.spans, r)) continue;
      score.plainWords++;
      if (!overlaps(found, r)) continue;
      score.maskedWords++;
      score.misses.push(`OVERWORD [${w[0]}] in ${record.id}: ${redactPii(record.text)}`);
    }
  }
  return score;
}
