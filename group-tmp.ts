import { readFileSync } from 'node:fs';
import { FIRST_NAMES, LAST_NAMES, WORDY_NAMES, ANY_FIRST_NAMES, isKnownWord, fold, isUsTown } from './src/observability/redact/lexicon.ts';
const lines = readFileSync(process.argv[2]!, 'utf8').split('\n').filter((l) => l.startsWith('MISS name') && / in wnut17/.test(l));
const kinds = new Map<string, string[]>();
const TITLE = /^(?:the\s+)?(?:pope|dr\.?|lil|dj|coach|officer|colonel|madam|lord|professor|rep\.?|mr\.?|mrs\.?|papa|super|young|lady|poor|crazy|criminal)\b/i;
for (const l of lines) {
  const m = /^MISS name \[(.*?)\] in (\S+): (.*)$/.exec(l)!;
  const [name, text] = [m[1]!, m[3]!];
  const words = name.split(/\s+/);
  const keys = words.map((w) => fold(w.replace(/[^\p{L}]/gu, '')));
  let k: string;
  if (/^[#@]/.test(name) || /[a-z][A-Z]/.test(name) && words.length === 1) k = 'hashtag, handle or joined words';
  else if (TITLE.test(name)) k = 'title or epithet inside the span';
  else if (name === name.toUpperCase() && /\p{Lu}{2}/u.test(name)) k = 'all capitals or initials';
  else if (name === name.toLowerCase()) k = 'lower case with no cue';
  else if (words.length === 1 && /^(trump|obama|bush|clinton|romney|cheney|hitler|god|jesus|allah|messi|beyonce|rihanna|drake|eminem)$/i.test(keys[0]!)) k = 'celebrity, politician or deity, one word';
  else if (words.length === 1 && WORDY_NAMES.has(keys[0]!)) k = 'one capitalised word that is a name and an everyday word';
  else if (words.length === 1 && isUsTown(keys[0]!)) k = 'one capitalised word that is a town too';
  else if (words.length === 1 && (FIRST_NAMES.has(keys[0]!) || ANY_FIRST_NAMES.has(keys[0]!))) k = 'one capitalised first name (opening a sentence or after a proper noun)';
  else if (words.length === 1 && LAST_NAMES.has(keys[0]!)) k = 'one capitalised surname alone';
  else if (words.length === 1 && !isKnownWord(keys[0]!)) k = 'one capitalised word no list holds (fictional, foreign, nickname)';
  else if (words.length === 1) k = 'one capitalised dictionary word (nickname, character)';
  else k = 'two or more capitalised words (celebrity, character, foreign name)';
  if (!kinds.has(k)) kinds.set(k, []);
  kinds.get(k)!.push(name);
}
for (const [k, v] of [...kinds].sort((a, b) => b[1].length - a[1].length)) console.log(`${v.length}\t${k}: ${v.slice(0, 12).join(', ')}`);
console.log(lines.length);
