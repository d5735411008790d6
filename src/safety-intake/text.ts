/**
 * Text preparation for fact extraction. Values are built from canonical words ("mother", "lisinopril"),
 * never cut from the message, so the folded text may change length (NFKC, entity and mojibake repair).
 */

/** Upper bound of text read by the extractors: facts sit early in a report, and regexes stay fast. */
export const MAX_EXTRACT_CHARS = 50_000;

// UTF-8 read as Windows-1252, the usual mail mojibake ("Iâ€™m", "mamÃ¡"), and HTML entities of web forms.
const MOJIBAKE: Array<[RegExp, string]> = [
  [/â€™|â€˜|â€²/g, "'"],
  [/â€œ|â€\u009d|â€/g, '"'],
  [/â€“|â€”/g, '-'],
  [/Ã¡/g, 'á'],
  [/Ã©/g, 'é'],
  [/Ã­/g, 'í'],
  [/Ã³/g, 'ó'],
  [/Ãº/g, 'ú'],
  [/Ã±/g, 'ñ'],
  [/Ã¼/g, 'ü'],
  [/Â(?=[\s\u00a0])/g, ''],
];
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", nbsp: ' ', lt: '<', gt: '>', '#39': "'" };
const ENTITY = /&(amp|quot|apos|nbsp|lt|gt|#39);/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4\u2032]/g;
const QUOTES = /[\u201c\u201d\u201e\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const MARKS = /\p{M}+/gu;
const SPACE = /[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g;

/** Lowercase, accent-free, ASCII punctuation, single spaces: what every extractor pattern is written for. */
export function foldForFacts(text: string): string {
  let out = text.length > MAX_EXTRACT_CHARS ? text.slice(0, MAX_EXTRACT_CHARS) : text;
  if (out.includes('Ã') || out.includes('â€') || out.includes('Â')) {
    for (const [re, to] of MOJIBAKE) out = out.replace(re, to);
  }
  if (out.includes('&')) out = out.replace(ENTITY, (_m, name: string) => ENTITIES[name] ?? ' ');
  return out
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACE, ' ');
}

// A cue that denies or defers what follows within the same clause ("didn't have to go to the ER").
const NEGATION_BEFORE =
  /(?:^|[^a-z'])(?:no|not|never|didn'?t|did not|don'?t|do not|doesn'?t|wasn'?t|was not|weren'?t|isn'?t|haven'?t|hasn'?t|hadn'?t|without|avoid(?:ed)?|nor|if|unless|whether|in case|nunca|sin|ni)(?:[^a-z']|$)/;
const CLAUSE_BREAK = /[.!?;:\n]|,\s*(?:but|and|then|so|pero|y)\b/g;
const NEGATION_WINDOW = 40;

/**
 * True when the words just before `index` (same clause, at most ~6 words) deny or make hypothetical
 * what starts there: "no rash", "if she ends up in the hospital", "sin hospitalizacion".
 */
export function negatedAt(folded: string, index: number): boolean {
  let start = Math.max(0, index - NEGATION_WINDOW);
  const window = folded.slice(start, index);
  let cut = -1;
  for (const m of matchesOf(CLAUSE_BREAK, window)) cut = m.index + m.text.length;
  if (cut >= 0) start += cut;
  return NEGATION_BEFORE.test(folded.slice(start, index));
}

/**
 * Every match of a global regex, with its index: what `folded.matchAll(re)` gives for a regex whose
 * lastIndex is 0 (every regex handed here is used through this function only, and is left at 0), read
 * with `exec` on the regex itself instead of a copy of it and an iterator per call.
 */
export function matchesOf(re: RegExp, folded: string): Array<{ text: string; index: number }> {
  if (!re.global) throw new TypeError(`matchesOf needs a global regex: ${re}`);
  const found: Array<{ text: string; index: number }> = [];
  re.lastIndex = 0;
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    found.push({ text: m[0], index: m.index });
    // An empty match moves on one character (one code point with the u or v flag), as matchAll does.
    if (m[0].length === 0) re.lastIndex += (re.unicode || re.unicodeSets) && (folded.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return found;
}

/** Up to `max` distinct values in first-seen order, joined for a fact's value; of two that overlap ("insulin", "insulin pen") the longer stays. */
export function listValue(values: readonly string[], max = 4): string | null {
  const unique: string[] = [];
  for (const value of values.map((v) => v.trim()).filter(Boolean)) {
    const shorter = unique.findIndex((u) => value.includes(u));
    if (shorter >= 0) unique[shorter] = value;
    else if (unique.length < max && !unique.some((u) => u.includes(value))) unique.push(value);
  }
  return unique.length > 0 ? unique.join(', ') : null;
}
