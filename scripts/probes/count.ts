/**
 * `npm run probes [-- --all] [-- DIR]`
 * Counts the project's probe sentences (data/corpus/probes/<area>/) the service answers as expected: the local
 * classifier with the safety guard on top, as `npm run eval` answers. By default only the CHECK halves (files whose
 * name holds "check"; the DEV halves were studied while rules were written), `--all` adds the DEV halves.
 * A line's expected category is its own tab-separated label (either column), else the file's name says it:
 * safety-, pos-, adr- are reports; info-, neg-, eff-, ssi-, other-, treat-, taken-, forum- are informational.
 * Prints one line per file: `area/file right/total`. The sentences were written by the project: optimistic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import { CATEGORIES, type Category } from '../../src/domain.ts';

const BY_NAME: readonly [RegExp, Category][] = [
  [/^(?:safety|pos|adr)-/, 'safety_compliance'],
  [/^(?:info|neg|eff|ssi|other|treat|taken|forum)-/, 'informational'],
];

/** The expected category and the text of one probe line, or undefined when neither the line nor the file name says it. */
export function probeLine(fileName: string, line: string): { expected: Category; text: string } | undefined {
  const cells = line.split('\t');
  if (cells.length === 2) {
    const [a, b] = cells.map((c) => c.trim()) as [string, string];
    if ((CATEGORIES as readonly string[]).includes(a)) return { expected: a as Category, text: b };
    if ((CATEGORIES as readonly string[]).includes(b)) return { expected: b as Category, text: a };
  }
  const named = BY_NAME.find(([pattern]) => pattern.test(fileName));
  return named === undefined ? undefined : { expected: named[1], text: line };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { all: { type: 'boolean', default: false } }, allowPositionals: true });
  const root = positionals[0] ?? 'data/corpus/probes';
  const local = createLocalClassifier();
  for (const area of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const file of readdirSync(join(root, area)).filter((f) => /\.(?:txt|tsv)$/.test(f)).sort()) {
      if (!values.all && !file.includes('check')) continue;
      let right = 0;
      let total = 0;
      for (const line of readFileSync(join(root, area, file), 'utf8').split('\n')) {
        if (line.trim() === '' || line.startsWith('#')) continue;
        const probe = probeLine(file, line);
        if (probe === undefined) continue;
        const answer = scanSafety(probe.text).fired ? 'safety_compliance' : (await local.classify({ text: probe.text, channel: 'api' })).category;
        total++;
        if (answer === probe.expected) right++;
      }
      if (total > 0) console.log(`${area}/${file} ${right}/${total}`);
    }
  }
}

if (import.meta.main) await main();
