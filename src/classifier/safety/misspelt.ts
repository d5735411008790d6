import type { Span } from './text.ts';

/**
 * Symptom words patients misspell in ways no list can foresee ("diahharea", "driness", "naussea",
 * "insommnia"): the lexicon spells out the misspellings seen so far, and a review or a tweet brings new
 * ones. A word of six letters or more that is one edit (two from nine letters on, the last two letters
 * kept: a letter added, dropped, changed or two swapped) away from one of the symptom words below, starts with the same
 * letter, and is neither one of them nor an English word near one (NEAR_WORDS), is read as that
 * symptom word and judged as the lexicon's own match of it would be (safety-lexicon.ts).
 */
export const SYMPTOM_WORDS: readonly string[] = [
  'diarrhea', 'diarrhoea', 'diarhea', 'diarrea', 'diahrea', 'constipation', 'constipated', 'dizziness', 'drowsiness',
  'dryness', 'nausea', 'nauseous', 'nauseated', 'vomiting', 'headache', 'headaches', 'migraine', 'migraines', 'insomnia',
  'fatigue', 'tiredness', 'swelling', 'swollen', 'itching', 'itchiness', 'bloating', 'bloated', 'cramping',
  'heartburn', 'palpitations', 'weakness', 'numbness', 'tingling', 'lightheaded', 'lightheadedness', 'irritability',
  'irritable', 'anxiety', 'depression', 'depressed', 'nightmares', 'hallucinations', 'confusion', 'sweating',
  'restlessness', 'lethargy', 'lethargic', 'exhaustion', 'exhausted', 'indigestion', 'flatulence', 'breakouts',
  'bruising', 'bleeding', 'nosebleeds', 'tremors', 'seizures', 'jittery', 'jitteriness', 'moodiness', 'forgetfulness',
  'grogginess', 'dehydration', 'dehydrated', 'irritation', 'redness', 'blurred', 'blurry', 'blurriness', 'vertigo',
  'tinnitus', 'agitation', 'paranoia', 'impotence', 'hypoglycemia', 'blisters', 'twitching', 'soreness',
  'stiffness', 'discomfort', 'fainting', 'hives', 'withdrawal', 'withdrawals', 'drowsy', 'groggy', 'sleepy',
  'sweaty', 'twitchy', 'zombie',
];

const KNOWN = new Set(SYMPTOM_WORDS);

const MIN_LETTERS = 6;
/** From this many letters a word may be two edits away. */
const TWO_EDITS_FROM = 9;

// Three rows of the distance table, reused: words are short (a longer one is cut off by the length test).
const ROW_SIZE = 64;
const rows = [new Int32Array(ROW_SIZE), new Int32Array(ROW_SIZE), new Int32Array(ROW_SIZE)];

/** Optimal string alignment distance of a and b, or max + 1 once it is sure to exceed max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length >= ROW_SIZE) return max + 1;
  let [before, previous, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let least = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, before[j - 2]! + 1);
      row[j] = d;
      if (d < least) least = d;
    }
    if (least > max) return max + 1;
    [before, previous, row] = [previous, row, before];
  }
  return previous[b.length]!;
}

/** The symptom words by their first letter: a misspelling keeps it. */
const BY_FIRST_LETTER = new Map<string, string[]>();
for (const symptom of SYMPTOM_WORDS) BY_FIRST_LETTER.set(symptom[0]!, [...(BY_FIRST_LETTER.get(symptom[0]!) ?? []), symptom]);

/** The symptom word `word` misspells, if any (see above). */
export function misspeltSymptom(word: string, nearWords: ReadonlySet<string>): string | undefined {
  if (word.length < MIN_LETTERS || KNOWN.has(word)) return undefined;
  const candidates = BY_FIRST_LETTER.get(word[0]!);
  if (candidates === undefined) return undefined;
  const max = word.length >= TWO_EDITS_FROM ? 2 : 1;
  const found = candidates.find((symptom) => {
    if (Math.abs(symptom.length - word.length) > max || lettersAbsent(word, symptom, max)) return false;
    const distance = editDistance(word, symptom, max);
    // "agitative" is another word of "agitation", not a misspelling: two edits keep the word's ending.
    return distance <= 1 || (distance === 2 && max === 2 && symptom.slice(-2) === word.slice(-2));
  });
  return found === undefined || nearWords.has(word) ? undefined : found;
}

// Letter counts of each symptom word, for lettersAbsent.
const LETTERS_OF = new Map(SYMPTOM_WORDS.map((symptom) => [symptom, countLetters(symptom)]));
const used = new Int8Array(26);

function countLetters(word: string): Int8Array {
  const counts = new Int8Array(26);
  for (let i = 0; i < word.length; i++) counts[word.charCodeAt(i) - 97]! += 1;
  return counts;
}

/**
 * More than `max` letters of `word` that `symptom` lacks (counted with repeats): no `max` edits make one of the
 * other (a substitution or a deletion takes one letter away, an insertion or a transposition none), so the
 * distance table need not be filled. Lower-case a-z words only (WORD, SYMPTOM_WORDS).
 */
function lettersAbsent(word: string, symptom: string, max: number): boolean {
  const counts = LETTERS_OF.get(symptom)!;
  used.fill(0);
  let absent = 0;
  for (let i = 0; i < word.length; i++) {
    const letter = word.charCodeAt(i) - 97;
    if (used[letter]! < counts[letter]!) used[letter]! += 1;
    else if (++absent > max) return true;
  }
  return false;
}

const WORD = /[a-z]+/g;

/** Spans of the folded message's misspelt symptom words outside `taken` (spans already matched), each with the symptom word it stands for. */
export function misspeltSpans(folded: string, taken: readonly Span[], nearWords: ReadonlySet<string>): { span: Span; symptom: string }[] {
  const found: { span: Span; symptom: string }[] = [];
  // An exec loop on WORD itself: matchAll would copy the regex and build an iterator for every message.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m !== null; m = WORD.exec(folded)) {
    if (m[0].length < MIN_LETTERS) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
    const symptom = misspeltSymptom(m[0], nearWords);
    if (symptom !== undefined) found.push({ span, symptom });
  }
  return found;
}
