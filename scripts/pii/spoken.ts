/**
 * How a caller says numbers and dates, in English and Spanish: digit by digit ("four one five"), with
 * "oh" and "double", as numbers ("forty two"), years ("nineteen sixty two"), ordinals ("fourteenth").
 */
import type { Rng } from './random.ts';

const EN_DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const ES_DIGITS = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const ES_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const ES_UNITS = ['', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve'];
const ES_TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];

/** "4155550134" -> "four one five five five five oh one three four", groups joined by `joiner`. */
export function digitsSpoken(rng: Rng, digits: string, groups: number[] = [], lang: 'en' | 'es' = 'en'): string {
  const names = lang === 'es' ? ES_DIGITS : EN_DIGITS;
  const useOh = lang === 'en' && rng.chance(0.4);
  const useDouble = lang === 'en' && rng.chance(0.3);
  const joiner = rng.pick([' ', ' ', ', ', ' ']);
  const parts: string[] = [];
  let at = 0;
  for (const size of groups.length > 0 ? groups : [digits.length]) {
    const chunk = digits.slice(at, at + size);
    at += size;
    const words: string[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const d = Number(chunk[i]);
      const word = d === 0 && useOh ? 'oh' : names[d]!;
      if (useDouble && chunk[i + 1] === chunk[i]) {
        words.push(`double ${word}`);
        i++;
      } else words.push(word);
    }
    parts.push(words.join(' '));
  }
  return parts.join(joiner);
}

/** 0..99 in English words: 42 -> "forty two" (or "forty-two"). */
export function under100(n: number, hyphen = false): string {
  if (n < 10) return EN_DIGITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  const ten = TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? ten : `${ten}${hyphen ? '-' : ' '}${EN_DIGITS[n % 10]}`;
}

/** A house number as said: 42 -> "forty two", 1600 -> "sixteen hundred", 1234 -> "twelve thirty four". */
export function houseNumber(n: number): string {
  if (n < 100) return under100(n);
  if (n < 1000) return n % 100 === 0 ? `${EN_DIGITS[n / 100]} hundred` : `${EN_DIGITS[Math.floor(n / 100)]} ${n % 100 < 10 ? `oh ${EN_DIGITS[n % 100]}` : under100(n % 100)}`;
  const high = Math.floor(n / 100);
  const low = n % 100;
  return low === 0 ? `${under100(high)} hundred` : `${under100(high)} ${low < 10 ? `oh ${EN_DIGITS[low]}` : under100(low)}`;
}

/** 1962 -> "nineteen sixty two"; 2004 -> "two thousand four". */
export function yearSpoken(year: number, hyphen = false): string {
  if (year >= 2000 && year < 2010) return `two thousand ${EN_DIGITS[year - 2000]}`;
  return `${under100(Math.floor(year / 100))} ${year % 100 < 10 ? `oh ${EN_DIGITS[year % 100]}` : under100(year % 100, hyphen)}`;
}

/** 14 -> "fourteenth", 23 -> "twenty third". */
export function ordinal(day: number): string {
  if (day <= 20) return ORDINALS[day]!;
  const unit = day % 10;
  return unit === 0 ? 'thirtieth' : `${TENS[Math.floor(day / 10)]} ${ORDINALS[unit]}`;
}

export function esNumber(n: number): string {
  if (n < 30) return ES_UNITS[n]!;
  const unit = n % 10;
  return unit === 0 ? ES_TENS[Math.floor(n / 10)]! : `${ES_TENS[Math.floor(n / 10)]} y ${ES_UNITS[unit]}`;
}

/** 1962 -> "mil novecientos sesenta y dos". */
export function esYear(year: number): string {
  const low = year % 100;
  const head = year >= 2000 ? 'dos mil' : 'mil novecientos';
  return low === 0 ? head : `${head} ${esNumber(low)}`;
}

export function englishSuffix(day: number): string {
  if (day % 10 === 1 && day !== 11) return 'st';
  if (day % 10 === 2 && day !== 12) return 'nd';
  if (day % 10 === 3 && day !== 13) return 'rd';
  return 'th';
}
