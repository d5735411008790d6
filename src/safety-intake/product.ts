import { DEVICE_PATTERN, DRUG_NAMES, GENERIC_SUFFIX, OTHER_NAMES, UNSPECIFIED_PATTERN, VACCINE_PATTERN } from './product-names.ts';
import { listValue, matchesOf } from './text.ts';
import { absent, type ElementFact } from './types.ts';

// The names, longest first, filed by their first letter: at a word start only the names that begin
// with its letter are tried, in that order, then the generic stems. The same matches as one regex
// alternating all 333 names and the stems (tried at every word start), at a fraction of the cost.
const NAMES_BY_FIRST = new Map<string, string[]>();
for (const name of [...DRUG_NAMES, ...OTHER_NAMES].sort((a, b) => b.length - a.length)) {
  if (!/^[a-z][a-z ]*$/.test(name)) throw new Error(`product name must be lowercase words: ${name}`);
  NAMES_BY_FIRST.set(name[0]!, [...(NAMES_BY_FIRST.get(name[0]!) ?? []), name]);
}
const STEM_AT = new RegExp(`(?:${GENERIC_SUFFIX})(?![a-z0-9])`, 'y');
const isWordChar = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/** The named drug (or generic stem) starting at `at`, a word start, if any. */
function nameAt(folded: string, at: number): string | undefined {
  for (const name of NAMES_BY_FIRST.get(folded[at]!) ?? []) {
    if (folded.startsWith(name, at) && !isWordChar(folded.charCodeAt(at + name.length))) return name;
  }
  STEM_AT.lastIndex = at;
  return STEM_AT.exec(folded)?.[0];
}

/** Named drugs and generic stems in text order, each a whole word (or words), not overlapping. */
function namedProducts(folded: string): Array<{ text: string; index: number }> {
  const found: Array<{ text: string; index: number }> = [];
  for (let at = 0; at < folded.length; ) {
    const name = at > 0 && isWordChar(folded.charCodeAt(at - 1)) ? undefined : nameAt(folded, at);
    if (name === undefined) at++;
    else {
      found.push({ text: name, index: at });
      at += name.length;
    }
  }
  return found;
}
// A bare "shot" or "vaccine" ("got my shot yesterday") still names what was given, if less precisely.
const BARE_VACCINE = /(?<![a-z])(?:vaccines?|vaccinated|vaccination|booster|jab|vacunas?|(?:the|my|a|his|her|their|baby's|\S+ month) (?:\S+ )?shots?)(?![a-z])/g;
// "any", "no" before a product word mean the person takes none ("I don't take any medication").
const NONE_BEFORE = /(?:\bany|\bno|\bnot on|\bnot taking|\bnever took|\bninguna?)\s+(?:\S+\s+)?$/;
const MAX_NAMES = 4;

function kept(folded: string, found: RegExp | Array<{ text: string; index: number }>) {
  return (found instanceof RegExp ? matchesOf(found, folded) : found).filter((m) => !NONE_BEFORE.test(folded.slice(Math.max(0, m.index - 30), m.index)));
}

/**
 * The suspect product(s): named drugs first, then vaccines and devices; a product the person takes but
 * does not name ("the new pills") is present as "unspecified (...)" so the agent knows to ask which one.
 */
export function extractProduct(folded: string): ElementFact {
  const named = kept(folded, namedProducts(folded)).map((m) => m.text);
  const vaccines = kept(folded, VACCINE_PATTERN).map((m) => m.text);
  const devices = kept(folded, DEVICE_PATTERN).map((m) => m.text);
  const specific = listValue([...named, ...vaccines, ...devices], MAX_NAMES);
  if (specific !== null) return { present: true, value: specific };
  const bare = kept(folded, BARE_VACCINE);
  if (bare.length > 0) return { present: true, value: 'vaccine (unspecified)' };
  const vague = kept(folded, UNSPECIFIED_PATTERN).map((m) => m.text);
  if (vague.length > 0) return { present: true, value: `unspecified (${listValue(vague, 2)})` };
  return absent();
}
