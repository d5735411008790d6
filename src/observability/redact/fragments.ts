/**
 * Regex building blocks shared by the detectors. Every repetition is either bounded or separated by a
 * character its neighbour cannot match, so no pattern can backtrack super-linearly.
 */
const raw = String.raw;

/** Filler a speaker puts between a cue and its value: "member id is: …", "rx no. …", "dob on file was …". */
export const GAP = raw`[\s:#=.\-]{0,4}(?:(?:is|es|was|number|num|nbr|no|on file|on (?:the|my) card|the|el)\b[\s:#=.\-]{0,4}){0,3}`;

/** Units and counters: a number followed by one of these is a dose, quantity or duration, never PII. */
export const NOT_UNIT = raw`(?![ \t]*(?:%|(?:mg|mcg|ug|µg|ml|g|kg|lbs?|units?|iu|mmhg|mmol|pills?|tablets?|tabs?|caps(?:ules)?|doses?|days?|weeks?|hours?|hrs?|minutes?|mins?|times?|puffs?|refills?|am|pm|pastillas?|tabletas?|c[aá]psulas?|dosis|d[ií]as?|horas?|veces|semanas?|meses)\b))`;

export { DATE } from './spoken.ts';

/** An identifier: 6..25 letters, digits or dashes; callers require a digit in it (`hasDigit`). */
export const ID_VALUE = raw`[a-z0-9][a-z0-9\-]{4,23}[a-z0-9](?![a-z0-9])`;

/** 13..19 digits, optionally grouped by single spaces or dashes (payment card numbers). */
export const CARD_DIGITS = raw`\d(?:[ \-]?\d){12,18}(?!\d)`;

/**
 * A cue followed by a value: only the value (named group `v`) is masked, the cue stays so the
 * message still reads "member id [MEMBER_ID]". The cue must start a word; it may be glued to the
 * value ("RX1234567").
 */
export function cued(cues: readonly string[], value: string, flags = 'gid'): RegExp {
  return new RegExp(raw`\b(?:${cues.join('|')})(?![a-z])${GAP}(?<v>${value})`, flags);
}

export const hasDigit = (value: string): boolean => /\d/.test(value);

export function digitCount(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) count++;
  }
  return count;
}

/** The Luhn checksum every payment card number satisfies. @see ISO/IEC 7812-1 Annex B */
export function luhnValid(value: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = value.length - 1; i >= 0; i--) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) continue;
    const d = double ? c * 2 : c;
    sum += d > 9 ? d - 9 : d;
    double = !double;
  }
  return sum % 10 === 0;
}
