import { DEVICE_PATTERN, DRUG_NAMES, GENERIC_SUFFIX, OTHER_NAMES, UNSPECIFIED_PATTERN, VACCINE_PATTERN } from './product-names.ts';
import { listValue, matchesOf } from './text.ts';
import { absent, type ElementFact } from './types.ts';

const NAMED = new RegExp(`(?<![a-z0-9])(?:${[...DRUG_NAMES, ...OTHER_NAMES].sort((a, b) => b.length - a.length).join('|')}|${GENERIC_SUFFIX})(?![a-z0-9])`, 'g');
// A bare "shot" or "vaccine" ("got my shot yesterday") still names what was given, if less precisely.
const BARE_VACCINE = /(?<![a-z])(?:vaccines?|vaccinated|vaccination|booster|jab|vacunas?|(?:the|my|a|his|her|their|baby's|\S+ month) (?:\S+ )?shots?)(?![a-z])/g;
// "any", "no" before a product word mean the person takes none ("I don't take any medication").
const NONE_BEFORE = /(?:\bany|\bno|\bnot on|\bnot taking|\bnever took|\bninguna?)\s+(?:\S+\s+)?$/;
const MAX_NAMES = 4;

function kept(folded: string, re: RegExp) {
  return matchesOf(re, folded).filter((m) => !NONE_BEFORE.test(folded.slice(Math.max(0, m.index - 30), m.index)));
}

/**
 * The suspect product(s): named drugs first, then vaccines and devices; a product the person takes but
 * does not name ("the new pills") is present as "unspecified (...)" so the agent knows to ask which one.
 */
export function extractProduct(folded: string): ElementFact {
  const named = kept(folded, NAMED).map((m) => m.text);
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
