import { findPhoneNumbersInText } from 'libphonenumber-js/min';
import { DATE } from './fragments.ts';
import type { PiiSpan } from './kinds.ts';
import { CITIES, NOT_A_NAME, fold, isKnownWord } from './lexicon.ts';

/**
 * Detections that depend on what was found already or on a library: international numbers
 * (libphonenumber-js), a date standing right after a name ("verify me: Ana Ruiz, 3/14/62": a birth
 * date in an identity check) and a town after a street ("… pine road lansing", "… magnolia road boise").
 */
const DATE_AFTER = new RegExp(String.raw`[\s,;:\-]{1,3}(?:the\s+)?(?:${DATE})`, 'iy');
// libphonenumber-js only finds numbers with a country code here: "+" and a digit.
const INTERNATIONAL = /\+[\s(]*\d/g;
// What may continue a number past where a pattern stopped: more digits, an extension.
const CONTINUES = /^[\s,.()-]*(?:\d|x|ext)/i;
/**
 * A "+digit" the pattern detectors have not already masked whole as a phone number: only then is
 * libphonenumber-js asked (it costs more than every pattern together).
 */
function uncoveredInternational(text: string, found: readonly PiiSpan[]): boolean {
  const whole = (f: PiiSpan, at: number) => f.kind === 'phone' && f.start <= at && at < f.end && !CONTINUES.test(text.slice(f.end, f.end + 12));
  for (const m of text.matchAll(INTERNATIONAL)) if (!found.some((f) => whole(f, m.index))) return true;
  return false;
}
const TOWN_AFTER = /,?[ \t]+(\p{L}+)/uy;

// A town the lexicon knows, or a word it does not know at all ("boise") right after a street.
const NOT_A_TOWN = new Set('member email phone contact please thanks gracias apartment apt unit suite floor por favor y and or'.split(' '));
const isTown = (key: string) => CITIES.has(key) || (key.length > 2 && !isKnownWord(key) && !NOT_A_NAME.has(key) && !NOT_A_TOWN.has(key));

export function findInContext(text: string, found: readonly PiiSpan[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  if (text.includes('+') && uncoveredInternational(text, found)) {
    for (const n of findPhoneNumbersInText(text)) spans.push({ kind: 'phone', start: n.startsAt, end: n.endsAt });
  }
  for (const span of found) {
    if (span.kind === 'name') {
      DATE_AFTER.lastIndex = span.end;
      const m = DATE_AFTER.exec(text);
      // The separator and an article ("…, the 27th of October 1982") stay outside the mask.
      if (m) spans.push({ kind: 'dob', start: span.end + (/^[\s,;:-]*(?:the\s+)?/i.exec(m[0])?.[0].length ?? 0), end: DATE_AFTER.lastIndex });
    } else if (span.kind === 'address') {
      TOWN_AFTER.lastIndex = span.end;
      const m = TOWN_AFTER.exec(text);
      if (m && isTown(fold(m[1]!))) spans.push({ kind: 'address', start: span.end, end: TOWN_AFTER.lastIndex });
    }
  }
  return spans;
}
