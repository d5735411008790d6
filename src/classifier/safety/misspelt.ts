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

/** Optimal string alignment distance of a and b, or max + 1 once it is sure to exceed max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      least = Math.min(least, d);
    }
    if (least > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** The symptom word `word` misspells, if any (see above). */
export function misspeltSymptom(word: string, nearWords: ReadonlySet<string>): string | undefined {
  if (word.length < MIN_LETTERS || nearWords.has(word) || KNOWN.has(word)) return undefined;
  const max = word.length >= TWO_EDITS_FROM ? 2 : 1;
  return SYMPTOM_WORDS.find((symptom) => {
    if (symptom[0] !== word[0]) return false;
    const distance = editDistance(word, symptom, max);
    // "agitative" is another word of "agitation", not a misspelling: two edits keep the word's ending.
    return distance <= 1 || (distance === 2 && max === 2 && symptom.slice(-2) === word.slice(-2));
  });
}

const WORD = /[a-z]+/g;

/** Spans of the folded message's misspelt symptom words outside `taken` (spans already matched), each with the symptom word it stands for. */
export function misspeltSpans(folded: string, taken: readonly Span[], nearWords: ReadonlySet<string>): { span: Span; symptom: string }[] {
  const found: { span: Span; symptom: string }[] = [];
  for (const m of folded.matchAll(WORD)) {
    if (m[0].length < MIN_LETTERS) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
    const symptom = misspeltSymptom(m[0], nearWords);
    if (symptom !== undefined) found.push({ span, symptom });
  }
  return found;
}
