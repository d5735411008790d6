import type { PiiSpan } from './kinds.ts';
import { CITIES, LAST_NAMES, NOT_A_NAME, fold } from './lexicon.ts';
import { DRUG_NAMES } from '../../safety-intake/product-names.ts';

const DRUGS = new Set(DRUG_NAMES);

/**
 * Personal names, best effort: only where a cue introduces one. Cues differ in how much they vouch
 * for what follows:
 * - lower: "my name is", "name:" — the next words are a name even in lower case;
 * - strong: "patient:", "from:" — capitalised words;
 * - weak: "this is", "I am" — capitalised, and two words or followed by "calling", "from", ",";
 * - sign: "Regards,\n" — capitalised words that end the line.
 */
type Tier = 'lower' | 'strong' | 'weak' | 'sign';

const CUE = new RegExp(
  String.raw`\b(?:(?<lower>my\s+name\s+is|verify\s+me\s*:?|my\s+name['’]s|mi\s+nombre\s+es|me\s+llamo|(?:(?:full|first|last|middle|patient|member|customer)[\s_]+)?name(?:\s+is)?\s*[:=]|(?:patient|member|customer)\s+name\s+[-–]|nombre\s*=|apellidos?\s*[:=])` +
    String.raw`|(?<strong>patient['’]?s?(?:\s+name)?\s*:?|paciente\s*:?|caller\s*:|customer\s*:|b?cc\s*:|nombre\s*:|from\s*:|signed\s*,?)` +
    String.raw`|(?<weak>this\s+is|i\s+am|i['’]m|soy|(?:le\s+)?habla)` +
    String.raw`|(?<sign>(?:best\s+|kind\s+|warm\s+)?regards|sincerely|thanks|thank\s+you|many\s+thanks|cheers|best|respectfully|saludos|atentamente|cordialmente|un\s+saludo|gracias))(?:(?<=[:,=])|(?![\p{L}'’]))`,
  'giu',
);
const WORD = /[ \t]*(\p{L}[\p{L}'’-]*\.?)/uy;
const CAPITAL = /^\p{Lu}/u;
const INITIAL = /^\p{Lu}\.$/u;
const WEAK_FOLLOWER = /[ \t]*(?:,|calling|from|here|speaking|llamando|de\s+parte)/iy;
const SIGN_OFF_GAP = /[ \t]*[,!.]?[ \t]*(?:\r?\n)?/y;
const END_OF_LINE = /[ \t.!]*(?:\r?\n|$)/y;
// "Capt. Sigbjorn Ilyushin, USN (ret.)": a signature's credentials after a comma, to the end of the line.
const CREDENTIALS = /[ \t]*,[ \t]*(?:\p{Lu}{2,5}|PhD|Esq\.?|Jr\.?|Sr\.?|III?|IV)(?![\p{L}])[^\n,]{0,20}(?:\r?\n|$)/uy;

const FILLERS = new Set(['uh', 'um', 'er', 'erm', 'is']);
// A signature's titles too: "Rev. Halvard Ashwell", "Capt. Sigbjorn Ilyushin", "Lic. Hermenegildo Sotomayor".
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'mister', 'dr', 'sr', 'sra', 'srta', 'don', 'doña', 'rev', 'capt', 'prof', 'lic', 'licda', 'ing', 'sgt', 'lt', 'col', 'fr', 'atty']);
// Joined into a name only between two name words: "Maria de la Cruz", "Ludwig van Beethoven".
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'da', 'di', 'du', 'le', 'y']);
const IRISH = new Set(['ó', 'ní', 'nic', 'mac', 'ua']);
const CAPITALISED_NEXT = /[ \t]+\p{Lu}\p{Ll}/uy;
// Words that follow a cue but are no name: "this is Urgent", "my name is spelled wrong".
const STOP = new Set(
  (
    'i im me my mine the a an and or but so not no yes is was am are be been on in at of to for from with about ' +
    'regarding calling call called here there this that it its very just still really also having going trying ' +
    'getting need needs want wanted have has had spelled misspelled wrong incorrect missing listed different ' +
    'changed correct right under urgent please hi hello hey sorry thanks thank regards best dear your our their ' +
    'his her pharmacy store customer service team support member patient writing concerned worried sick ' +
    'allergic pregnant diabetic sure ok okay fine good new on-file ' +
    'yo el que en con por para un una muy si sí tengo estoy llamo necesito paciente farmacia hola gracias mi mis teléfono telefono fecha número numero nacimiento nací naci correo dirección direccion' +
    ' born dob date birth birthday birthdate phone number email address id calling like'
  ).split(' '),
);

function tierOf(groups: Record<string, string | undefined> | undefined): Tier {
  if (groups?.['lower'] !== undefined) return 'lower';
  if (groups?.['strong'] !== undefined) return 'strong';
  if (groups?.['weak'] !== undefined) return 'weak';
  return 'sign';
}

/** "Maria de la Cruz", not "Ana Ruiz de Boise" nor "ana ruiz y tomo": a surname follows the particle. */
function particleJoins(text: string, at: number): boolean {
  WORD.lastIndex = at;
  const next = WORD.exec(text)?.[1];
  if (next === undefined) return false;
  const key = fold(next.replace(/\.$/, ''));
  return PARTICLES.has(key) || LAST_NAMES.has(key) || (CAPITAL.test(next) && !CITIES.has(key) && !NOT_A_NAME.has(key));
}

function stickyTest(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/** Reads up to four name words from `from`; returns the span they cover, or null. */
function readName(text: string, from: number, tier: Tier): PiiSpan | null {
  let pos = from;
  let start = -1;
  let end = -1;
  let words = 0;
  for (let step = 0; step < 8 && words < 4; step++) {
    WORD.lastIndex = pos;
    const m = WORD.exec(text);
    const word = m?.[1];
    if (!m || word === undefined) break;
    const bare = word.replace(/\.$/, '').toLowerCase();
    const wordStart = m.index + m[0].length - word.length;
    // "my name is uh is ysolde": a filler or a repeated "is" before the name.
    if (words === 0 && tier === 'lower' && FILLERS.has(bare)) {
      pos = WORD.lastIndex;
      continue;
    }
    const after = WORD.lastIndex;
    // "Fiadh Ó Faoláin", "Aoife Ní Bhriain": an Irish particle before a capitalised surname.
    if (words > 0 && IRISH.has(bare) && CAPITAL.test(word) && stickyTest(CAPITALISED_NEXT, text, after)) {
      pos = after;
      continue;
    }
    if ((words === 0 && TITLES.has(bare)) || (words > 0 && PARTICLES.has(bare) && particleJoins(text, after))) {
      pos = WORD.lastIndex;
      continue;
    }
    const initial = words > 0 && INITIAL.test(word);
    if (!initial && (STOP.has(bare.replace(/['’]/g, '')) || DRUGS.has(fold(bare)) || bare.length === 1 || (tier !== 'lower' && !CAPITAL.test(word)))) break;
    if (start < 0) start = wordStart;
    // Keep a sentence's full stop outside the mask, but not an initial's ("John A. Smith").
    end = wordStart + (word.endsWith('.') && bare.length > 1 ? word.length - 1 : word.length);
    words++;
    pos = WORD.lastIndex;
    // A full stop ends the name: "Member name - Bolanle Adesina. Card says …".
    if (word.endsWith('.') && bare.length > 1 && !initial && !TITLES.has(bare)) break;
  }
  if (words === 0) return null;
  if (tier === 'weak' && words < 2 && !stickyTest(WEAK_FOLLOWER, text, end)) return null;
  if (tier === 'sign' && !stickyTest(END_OF_LINE, text, end) && !(words > 1 && stickyTest(CREDENTIALS, text, end))) return null;
  return { kind: 'name', start, end };
}

export function findNames(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m !== null; m = CUE.exec(text)) {
    const tier = tierOf(m.groups);
    let from = CUE.lastIndex;
    if (tier === 'sign') {
      SIGN_OFF_GAP.lastIndex = from;
      if (SIGN_OFF_GAP.test(text)) from = SIGN_OFF_GAP.lastIndex;
    }
    const span = readName(text, from, tier);
    if (span) {
      spans.push(span);
      CUE.lastIndex = span.end;
    }
  }
  return spans;
}
