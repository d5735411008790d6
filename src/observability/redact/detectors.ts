import { isIPv6 } from 'node:net';
import type { PiiKind } from './kinds.ts';
import { CARD_DIGITS, DATE, ID_VALUE, NOT_UNIT, cued, digitCount, hasDigit, luhnValid } from './fragments.ts';
import { NUMBER_WORD, SPOKEN_DIGIT, SPOKEN_EMAIL, SPOKEN_ID, SPOKEN_URL } from './spoken.ts';

/**
 * One regex per way a kind shows up. Regexes are global and compiled once at module load; a named
 * group `v` (with the `d` flag) narrows the mask to the value after a cue. `accept` rejects matches
 * the regex alone cannot judge (checksums, digit counts).
 */
export type Requirement = string | RegExp | ((text: string) => boolean);

export interface PatternDetector {
  kind: PiiKind;
  re: RegExp;
  accept?: (value: string) => boolean;
  /**
   * What every match contains (a character, a cheap non-global test, or a predicate), or several such, tested in
   * order: when the text lacks one the regex is not run at all.
   */
  requires?: Requirement | readonly Requirement[];
}

const raw = String.raw;
/** Detectors whose every match holds a digit: a text without one (most transcripts) skips them. */
const DIGIT = /\d/;
const digitsBetween = (min: number, max: number) => (v: string) => {
  const n = digitCount(v);
  return n >= min && n <= max;
};

const SPOKEN_WORD = /\b(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)\b/gi;

/** A voice transcript reads numbers out: 7+ digits, at least two of them spoken as words. */
function spokenDigits(value: string): boolean {
  const words = value.match(SPOKEN_WORD)?.length ?? 0;
  if (words < 2) return false;
  const repeats = (value.match(/\bdouble\b/gi)?.length ?? 0) + 2 * (value.match(/\btriple\b/gi)?.length ?? 0);
  return words + repeats + digitCount(value) >= 7;
}

const STREET_SUFFIX = raw`(?:st|street|ave|avenue|av|rd|road|blvd|boulevard|ln|lane|dr|drive|ct|court|way|pl|place|ter|terrace|cir|circle|hwy|highway|pkwy|parkway|sq|square|trl|trail)`;
// Words that cannot be part of a street name: they mean "2 pills a day", "10 minutes to drive".
const NOT_STREET_WORD = raw`(?!(?:to|the|a|an|in|of|on|at|by|for|from|with|and|or|my|your|his|her|our|their|is|are|was|it|this|that|i|mg|mcg|ml|days?|pills?|tabs?|tablets?|capsules?|doses?|minutes?|mins?|hours?|hrs?|times?|weeks?|months?|years?|refills?|am|pm)\b)`;
// A street name word starts with a letter, or is an ordinal ("5th"): bare numbers are quantities.
const STREET_WORD = raw`${NOT_STREET_WORD}(?:[a-z][a-z0-9'’]*|\d{1,3}(?:st|nd|rd|th))\.?`;
const UNIT = raw`(?:,?\s*(?:apt|apartment|unit|suite|ste|fl|floor|rm|room|#)\.?\s*#?\s*[a-z0-9\-]{1,6}(?![a-z0-9]))?`;
// Spanish function words and verbs: "en la calle me dieron 2 pastillas" is no address.
const NOT_CALLE_WORD = raw`(?!(?:me|te|se|le|lo|los|las|y|o|que|en|con|por|para|un|una|mi|su|es|fue|hay|estaba|tengo|tiene|dieron)\b)`;
// Drug, lot and order codes look like phone numbers ("NDC 0093-7214-01") but matter to triage (recalls).
const NOT_PRODUCT_CODE = raw`(?<!\b(?:ndc|lot|batch|upc|sku|claim|order|tracking|confirmation)(?:\s*(?:#|no\.?|number|code))?[\s:#]{0,3})`;
// After a Spanish street, the town: not the thanks or the sentence that follows ("…, gracias").
const NOT_TOWN_ES = raw`(?!(?:gracias|saludos|por|favor|y|es|que|mi|me|el|la|para|con|muchas)\b)`;
export const US_STATES = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const OCTET = raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;

const SSN_CUES = ['ssn', raw`s\.s\.n\.?`, raw`social(?:\s+security)?(?:\s+(?:number|#|no))?`, raw`(?:n[uú]mero\s+de\s+)?seguro\s+social`];
const CARD_CUES = [raw`(?:credit|debit|bank|payment)?\s*card(?:\s+(?:number|#|no))?`, raw`tarjeta(?:\s+de\s+(?:cr[eé]dito|d[eé]bito))?`, 'visa', 'mastercard', 'amex', raw`paid\s+with`, raw`charged\s+twice\s+on`, raw`refund\s+to`];
const RX_CUES = ['rx', raw`prescriptions?(?:\s+(?:#|number|no))?`, raw`script\s+(?:#|number|no)`, raw`refill\s+(?:#|number|no)`, raw`receta(?:\s+(?:#|n[uú]mero))?`];
const MEMBER_CUES = [raw`member(?:ship)?\s*(?:id|#|number|no|num)`, raw`subscriber(?:\s*(?:id|#|number|no))?`, raw`policy\s*(?:id|#|number|no)`, raw`(?:insurance|plan|medicare|medicaid|benefits?)\s*(?:id|#|number|no)`, raw`id\s*(?:#|number|no)`, raw`acc(?:oun)?t\s*(?:#|number|no)`, raw`n[uú]mero\s+de\s+(?:afiliado|miembro|p[oó]liza|socio)`];
const CLAIM_CUES = [raw`claims?(?:\s*(?:#|number|no|id))?`, raw`reclamaci[oó]n`];
const ORDER_CUES = [raw`orders?(?:\s*(?:#|number|no|id))?`, raw`pedido`, raw`tracking(?:\s*(?:#|number|no))?`];
const atLeastDigits = (min: number) => (v: string) => digitCount(v) >= min;
/** A read-out value needs four digits said as words or figures: "a problem" after a cue is no id. */
const SPOKEN_DIGIT_WORD = new RegExp(SPOKEN_DIGIT, 'gi');
const spokenId = (v: string) => (v.match(SPOKEN_DIGIT_WORD)?.length ?? 0) >= 4;
export const STATE_NAMES = raw`alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new\s+hampshire|new\s+jersey|new\s+mexico|new\s+york|north\s+carolina|north\s+dakota|ohio|oklahoma|oregon|pennsylvania|rhode\s+island|south\s+carolina|south\s+dakota|tennessee|texas|utah|vermont|virginia|washington|west\s+virginia|wisconsin|wyoming|puerto\s+rico`;
// After a street address: "Springfield, IL 62704", "springfield illinois", "Raleigh NC", a ZIP read out.
const TOWN_WORD = raw`${NOT_STREET_WORD}(?!(?:or|and|please|email|contact|member|my|thanks|gracias)\b)[a-z][a-z'’]*`;
const ADDRESS_TAIL = raw`(?:,?\s+(?:${TOWN_WORD},?\s+){0,2}(?:(?:${STATE_NAMES})\b|(?-i:(?:${US_STATES})\b))(?:,?\s+(?:\d{5}(?:-\d{4})?(?!\d)|(?:${SPOKEN_DIGIT}\s*){4,5}))?)?`;
const HOUSE_WORDS = raw`${NUMBER_WORD}(?:[\s-]+(?:(?:double|triple)\s+)?${NUMBER_WORD}){0,5}`;

// What every match of a detector without a digit holds, tested once per text (see `requires`): a value read
// out holds four spoken digits in a row (SPOKEN_ID's tail), a number read out two; a birth date follows its cue.
const SPOKEN_RUN = new RegExp(raw`${SPOKEN_DIGIT}(?:[\s,.\-]+${SPOKEN_DIGIT}){3,}`, 'i');
const SPOKEN_PAIR = new RegExp(raw`${SPOKEN_DIGIT}[\s,.\-]+${SPOKEN_DIGIT}`, 'i');
// A run of four opens with a pair, same flags: the pair (tested for the read-out phone number anyway) first.
const SPOKEN_RUN_AFTER_PAIR = [SPOKEN_PAIR, SPOKEN_RUN] as const;
const BIRTH_CUE = /dob|d\.o\.b|birth|born|b-?day|nac|cumplea/i;

const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;
/**
 * A digit, a dot and a digit, which every dotted IPv4 address holds: found from the text's dots (a text has few),
 * where the address regex is tried at every position of every text with a dot.
 */
export function digitDotDigit(text: string): boolean {
  for (let i = text.indexOf('.', 1); i > 0 && i < text.length - 1; i = text.indexOf('.', i + 1)) {
    if (isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

const URL_HINT = /www\.|:\/\/|\.[a-z]{2,3}\//i;
/**
 * URL_HINT without a regex pass on the many texts with no "/": there only its "www." can match, found from the
 * text's dots ("w" is the only character that /i folds onto "w" or "W" outside Unicode mode).
 */
export function mayHoldUrl(text: string): boolean {
  if (text.includes('/')) return URL_HINT.test(text);
  const w = (at: number) => (text.charCodeAt(at) | 0x20) === 0x77;
  for (let i = text.indexOf('.', 3); i > 0; i = text.indexOf('.', i + 1)) if (w(i - 3) && w(i - 2) && w(i - 1)) return true;
  return false;
}

/** Ordered most specific first: on spans of equal extent the earlier detector names the kind. */
export const DETECTORS: readonly PatternDetector[] = [
  // Cued values: the cue tells the kind, so the value may look like anything numeric.
  { kind: 'ssn', re: cued(SSN_CUES, raw`\d{3}[ \-]?\d{2}[ \-]?\d{4}(?![\d\-])`), requires: DIGIT },
  { kind: 'ssn', re: cued(SSN_CUES, SPOKEN_ID), accept: spokenId, requires: SPOKEN_RUN_AFTER_PAIR },
  { kind: 'dob', re: cued(['dob', raw`d\.o\.b\.?`, raw`date\s+of\s+birth`, raw`birth\s*date`, raw`born(?:\s+on)?`, raw`birthday`, raw`b-?day`, raw`fecha\s+de\s+nacimiento`, raw`nac(?:[ií]|id[oa])(?:\s+el)?`, raw`cumplea[ñn]os`], DATE), requires: BIRTH_CUE },
  { kind: 'card', re: cued(CARD_CUES, CARD_DIGITS), requires: DIGIT },
  { kind: 'card', re: cued(CARD_CUES, SPOKEN_ID), accept: spokenId, requires: SPOKEN_RUN_AFTER_PAIR },
  { kind: 'mrn', re: cued(['mrn', raw`medical\s+record(?:\s+(?:number|#|no))?`, raw`patient\s+(?:id|#|number)`, raw`chart\s+(?:#|number|no)`, raw`(?:n[uú]mero\s+de\s+)?(?:historia\s+cl[ií]nica|expediente)`], ID_VALUE), accept: hasDigit, requires: DIGIT },
  { kind: 'rx_number', re: cued(RX_CUES, raw`\d[\d\-]{3,14}\d(?![\d\-])${NOT_UNIT}`), accept: digitsBetween(5, 15), requires: DIGIT },
  { kind: 'rx_number', re: cued(RX_CUES, SPOKEN_ID), accept: spokenId, requires: SPOKEN_RUN_AFTER_PAIR },
  { kind: 'member_id', re: cued(MEMBER_CUES, ID_VALUE), accept: hasDigit, requires: DIGIT },
  { kind: 'member_id', re: cued(MEMBER_CUES, SPOKEN_ID), accept: spokenId, requires: SPOKEN_RUN_AFTER_PAIR },
  { kind: 'claim_number', re: cued(CLAIM_CUES, ID_VALUE), accept: atLeastDigits(6), requires: DIGIT },
  { kind: 'claim_number', re: cued(CLAIM_CUES, SPOKEN_ID), accept: spokenId, requires: SPOKEN_RUN_AFTER_PAIR },
  { kind: 'order_number', re: cued(ORDER_CUES, ID_VALUE), accept: atLeastDigits(6), requires: DIGIT },
  { kind: 'order_number', re: cued(ORDER_CUES, SPOKEN_ID), accept: spokenId, requires: SPOKEN_RUN_AFTER_PAIR },
  // Self-describing values.
  // The top-level domain is optional: "ana@clinic" and an address cut short still name someone.
  { kind: 'email', re: /(?<![\w.%+@-])[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}(?![a-z0-9@-])/gi, requires: '@' },
  { kind: 'ssn', re: /(?<![\w-])(?!000|666|9\d\d)\d{3}([ -])(?!00)\d{2}\1(?!0000)\d{4}(?![\w-])/g, requires: DIGIT },
  // Nine digits alone are an SSN more often than anything else a customer types (codes have their cue).
  { kind: 'ssn', re: new RegExp(raw`(?<![\w\-.+])${NOT_PRODUCT_CODE}(?!000|666|9)\d{9}(?![\w\-])${NOT_UNIT}`, 'gi'), requires: DIGIT },
  { kind: 'email', re: SPOKEN_EMAIL, requires: /\b(?:dot|punto)\b/i },
  { kind: 'url', re: SPOKEN_URL, requires: /\b(?:slash|barra)\b/i },
  // Web addresses: with a scheme, "www.", or a domain followed by a path (a profile, a portal page).
  { kind: 'url', re: /\b(?:https?:\/\/|www\.)[^\s<>"'()]*[^\s<>"'().,;:!?]|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|edu|gov|io|me|co|us|es|mx)\/[^\s<>"'()]*[^\s<>"'().,;:!?]/gi, requires: mayHoldUrl },
  { kind: 'card', re: new RegExp(raw`(?<![\d-])${CARD_DIGITS}(?!-)`, 'g'), accept: luhnValid, requires: DIGIT },
  { kind: 'ip', re: new RegExp(raw`(?<![\d.])(?:${OCTET}\.){3}${OCTET}(?!\d|\.\d)`, 'g'), requires: digitDotDigit },
  // IPv6, full or compressed, IPv4-mapped included (2001:db8::8a2e:370:7334, ::ffff:10.0.0.1); node:net
  // judges the candidate, so clock times ("10:30:45") and ratios never pass.
  { kind: 'ip', re: /(?<![\w:.])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?::(?:\d{1,3}\.){3}\d{1,3})?(?![\w:]|\.\d)/gi, accept: (v) => isIPv6(v) && /[0-9a-f]{2}/i.test(v), requires: ':' },
  // Payer member ids such as XJH123456789 (letters then many digits), not "RX1234567".
  { kind: 'member_id', re: /(?<![\w-])(?!RX)[A-Z]{2,4}\d{7,12}(?![\w-])/g, requires: DIGIT },
  // North American numbers: (555)123-4567, 555.123.4567, +1-555-123-4567, 555 123 4567 ext 12.
  { kind: 'phone', re: /(?<![\w+])(?:\+?1[ .-]?)?(?:\(\s?[2-9]\d{2}\s?\)|[2-9]\d{2})[ .-]?\d{3}[ .-]?\d{4}(?:\s?(?:ext|x)\.?\s?\d{1,5})?(?![\w])/gi, requires: DIGIT },
  // International with a country code: +44 20 7946 0958, +33 (1) 23 45 67 89, +442079460958.
  { kind: 'phone', re: /(?<![\w+])\+(?:\d{1,5}(?:[ .-]?\(\d{1,4}\)|[ .-]\d{1,5}){1,6}|\d{7,15})(?![\w])/g, accept: digitsBetween(8, 15), requires: '+' },
  // National numbers with a trunk 0 (020 7946 0958, 06 12 34 56 78) or in 3+ groups (55 1234 5678).
  { kind: 'phone', re: new RegExp(raw`(?<![\w+.\-])${NOT_PRODUCT_CODE}(?:\(?0\d{1,4}\)?(?:[ .\-]\d{2,5}){1,4}|0\d{9,10}|\d{2,4}(?:[ .\-]\d{2,4}){2,4})(?![\w\-])${NOT_UNIT}`, 'gi'), accept: digitsBetween(9, 12), requires: DIGIT },
  // Seven-digit local numbers: 555-1234.
  { kind: 'phone', re: new RegExp(raw`(?<![\w+.\-])${NOT_PRODUCT_CODE}[2-9]\d{2}-\d{4}(?![\w\-])${NOT_UNIT}`, 'gi'), requires: DIGIT },
  { kind: 'phone', re: new RegExp(raw`\b${SPOKEN_DIGIT}(?:[\s,.\-]+${SPOKEN_DIGIT}){1,}`, 'gi'), accept: spokenDigits, requires: SPOKEN_PAIR },
  // Street addresses: 123 Main St, 4500 W. Elm Avenue Apt 5, 12B Oak Ln #3.
  { kind: 'address', re: new RegExp(raw`(?<![\w#/.\-])\d{1,6}[a-z]?(?:-\d{1,4})?\s+(?:${STREET_WORD}\s+){1,4}?${STREET_SUFFIX}\b\.?${UNIT}${ADDRESS_TAIL}`, 'gi'), requires: DIGIT },
  // Read out: "forty two elm street springfield illinois", "three one four five union street".
  { kind: 'address', re: new RegExp(raw`\b${HOUSE_WORDS}\s+(?:${STREET_WORD}\s+){1,3}?${STREET_SUFFIX}\b${UNIT}${ADDRESS_TAIL}`, 'gi'), requires: new RegExp(raw`\b${STREET_SUFFIX}\b`, 'i') },
  // Spanish-language addresses: Calle 5 #123, Avenida Juárez 45, Carrera 7 # 45-10.
  { kind: 'address', re: new RegExp(raw`\b(?:calle|avenida|avda\.?|av\.|carrera|cra\.?|paseo|camino|calzada|privada|plaza)\s+(?:${NOT_CALLE_WORD}[\p{L}\d][\p{L}\d'.]*\s+){0,3}(?:#|no\.?|n[º°]\.?|num\.?)?\s*\d{1,5}[a-z]?(?:\s*[#\-]\s*\d{1,5})?(?:\s+interior\s+\d{1,4})?(?![\p{L}\d])${NOT_UNIT}(?:,\s*(?:colonia\s+|col\.\s*)?${NOT_TOWN_ES}\p{Lu}[\p{L}]+(?:\s+(?:de\s+)?${NOT_TOWN_ES}\p{Lu}[\p{L}]+){0,2})?`, 'giu'), requires: DIGIT },
  // City, state and ZIP: "Springfield, IL 62704".
  { kind: 'address', re: new RegExp(raw`(?:\b[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},? )?\b(?:${US_STATES}) \d{5}(?:-\d{4})?(?!\d)`, 'g'), requires: DIGIT },
];
