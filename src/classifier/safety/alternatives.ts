/**
 * Reading regex sources: top-level alternatives and the literal text an alternative must start with.
 * Only the syntax the safety lexicon uses is understood (non-capturing groups, lookarounds, classes).
 */

const KEY = 3;
const QUANTIFIER = /[?*{]/;
const LITERAL = /[^\\()[\]|?*+{}.^$]/;

/** Index just after the group that opens at `open` (which must be '('). */
function closeOf(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = src.indexOf(']', i + 1);
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return src.length;
}

/** Top-level alternatives of a regex source. */
export function splitAlternatives(src: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = src.indexOf(']', i + 1);
    else if (ch === '(') i = closeOf(src, i) - 1;
    else if (ch === '|') {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** Stands for "any digit" in a prefix list: `\d` starts the alternative. */
export const DIGIT = '\\d';

/**
 * Literal prefixes (up to 3 characters) an alternative must start with, DIGIT for a leading `\d`, or
 * null when it may start with anything.
 */
export function literalPrefixes(alt: string): string[] | null {
  let i = 0;
  // Zero-width assertions at the start do not consume text.
  while (alt.startsWith('(?<', i) || alt.startsWith('(?=', i) || alt.startsWith('(?!', i)) i = closeOf(alt, i);
  if (alt.startsWith('\\d', i)) return [DIGIT];
  if (alt.startsWith('(?:', i)) {
    const end = closeOf(alt, i);
    const inner = splitAlternatives(alt.slice(i + 3, end - 1)).map(literalPrefixes);
    // An optional group ("(?:so )?tired") may be skipped: the rest can start the match too.
    if (alt[end] === '?') inner.push(literalPrefixes(alt.slice(end + 1)));
    else if (QUANTIFIER.test(alt[end] ?? '')) return null;
    return inner.some((p) => p === null) ? null : (inner.flat() as string[]);
  }
  let prefix = '';
  while (i < alt.length && LITERAL.test(alt[i] ?? '')) prefix += alt[i++];
  if (QUANTIFIER.test(alt[i] ?? '')) prefix = prefix.slice(0, -1);
  return prefix.length > 0 ? [prefix.slice(0, KEY)] : null;
}
