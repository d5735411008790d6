/**
 * Writes a hand-written labelled set, data/pii/<set>, from scripts/pii/<set>.txt
 * (`npx node scripts/pii/hand-set.ts holdout-v3`, `… dev-names-3`): the third holdout for people's
 * names (written before any change to the redactor in the second issue #14 follow-up, measured once
 * at its end, never tuned on) and the third development set for names.
 * A line is `channel|language|text`; `[[Ana Ruiz]]` marks a name, `[[dob:3/14/62]]` another
 * identifier, `{{drug:Lyrica}}` a trap; `\n` in the text is a line break.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Part, PiiLabel, TrapLabel } from './pieces.ts';
import { assemble, writeChannels, type Channel, type PiiRecord } from './assemble.ts';

const MARK = /\[\[(?:(\w+):)?([^\]]+)\]\]|\{\{(\w+):([^}]+)\}\}/g;

function parts(text: string): Part[] {
  const out: Part[] = [];
  let at = 0;
  for (const m of text.matchAll(MARK)) {
    out.push(text.slice(at, m.index));
    if (m[2] !== undefined) out.push({ pii: (m[1] ?? 'name') as PiiLabel, text: m[2] });
    else out.push({ trap: m[3] as TrapLabel, text: m[4]! });
    at = m.index + m[0].length;
  }
  out.push(text.slice(at));
  return out.filter((p) => p !== '');
}

const set = process.argv[2] ?? 'holdout-v3';
if (!/^[\w-]+$/.test(set)) throw new Error(`not a set name: ${set}`);
const lines = readFileSync(join(import.meta.dirname, `${set}.txt`), 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
const counters = new Map<string, number>();
const records: PiiRecord[] = lines.map((line) => {
  const [channel, language, ...rest] = line.split('|');
  const key = `${channel}-${language}`;
  const n = counters.get(key) ?? 0;
  counters.set(key, n + 1);
  const text = rest.join('|').replaceAll('\\n', '\n');
  return assemble(`${set}-${key}-${String(n).padStart(3, '0')}`, channel as Channel, language as 'en' | 'es', parts(text));
});
writeChannels(join(import.meta.dirname, '../../data/pii', set), records, ['voice', 'chat', 'mail', 'api']);
