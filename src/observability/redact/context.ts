import { findPhoneNumbersInText } from 'libphonenumber-js/min';
import { DATE } from './fragments.ts';
import type { PiiSpan } from './kinds.ts';
import { CITIES, fold } from './lexicon.ts';

/**
 * Detections that depend on what was found already or on a library: international numbers
 * (libphonenumber-js), a date standing right after a name ("verify me: Ana Ruiz, 3/14/62": a birth
 * date in an identity check) and a town after a read-out street ("… pine road lansing").
 */
const DATE_AFTER = new RegExp(String.raw`[\s,;:\-]{1,3}(?:the\s+)?(?:${DATE})`, 'iy');
const TOWN_AFTER = /,?[ \t]+(\p{L}+)/uy;

export function findInContext(text: string, found: readonly PiiSpan[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  if (text.includes('+')) {
    for (const n of findPhoneNumbersInText(text)) spans.push({ kind: 'phone', start: n.startsAt, end: n.endsAt });
  }
  for (const span of found) {
    if (span.kind === 'name') {
      DATE_AFTER.lastIndex = span.end;
      const m = DATE_AFTER.exec(text);
      if (m) spans.push({ kind: 'dob', start: span.end + (/^[\s,;:-]*/.exec(m[0])?.[0].length ?? 0), end: DATE_AFTER.lastIndex });
    } else if (span.kind === 'address') {
      TOWN_AFTER.lastIndex = span.end;
      const m = TOWN_AFTER.exec(text);
      if (m && CITIES.has(fold(m[1]!))) spans.push({ kind: 'address', start: span.end, end: TOWN_AFTER.lastIndex });
    }
  }
  return spans;
}
