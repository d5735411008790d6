/** Identifiers and traps rendered the ways people write and say them; each returns one labelled piece. */
import type { Rng } from './random.ts';
import { MONTHS, ES_MONTHS, digitsSpoken, englishSuffix, esNumber, esYear, houseNumber, ordinal, under100, yearSpoken } from './spoken.ts';
import * as V from './values.ts';

export type PiiLabel = 'phone' | 'email' | 'ssn' | 'card' | 'member_id' | 'rx_number' | 'claim_number' | 'order_number' | 'dob' | 'address' | 'name' | 'ip' | 'url';
export type TrapLabel = 'drug' | 'dose' | 'onset_date' | 'symptom' | 'pharmacy' | 'plan' | 'clinician' | 'city' | 'word';
export type Part = string | { pii: PiiLabel; text: string } | { trap: TrapLabel; text: string };
export type Style = 'written' | 'spoken' | 'es';

const pii = (kind: PiiLabel, text: string): Part => ({ pii: kind, text });
const trap = (kind: TrapLabel, text: string): Part => ({ trap: kind, text });
const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join('');

export function phone(rng: Rng, style: Style): Part {
  const area = `${rng.int(2, 9)}${rng.int(0, 8)}${rng.int(0, 9)}`;
  const ten = `${area}${rng.int(2, 9)}${digits(rng, 2)}${digits(rng, 4)}`;
  if (style === 'spoken') return pii('phone', digitsSpoken(rng, ten, [3, 3, 4]));
  if (style === 'es') {
    if (rng.chance(0.5)) return pii('phone', digitsSpoken(rng, ten, [3, 3, 4], 'es'));
    return pii('phone', rng.pick([`+34 6${digits(rng, 2)} ${digits(rng, 3)} ${digits(rng, 3)}`, `+52 55 ${digits(rng, 4)} ${digits(rng, 4)}`, `55 ${digits(rng, 4)} ${digits(rng, 4)}`, `(${area}) ${ten.slice(3, 6)}-${ten.slice(6)}`]));
  }
  const [a, b, c] = [ten.slice(0, 3), ten.slice(3, 6), ten.slice(6)];
  return pii('phone', rng.pick([`${a}-${b}-${c}`, `(${a}) ${b}-${c}`, `${a}.${b}.${c}`, ten, `+1 ${a} ${b} ${c}`, `1-${a}-${b}-${c}`, `+44 20 ${digits(rng, 4)} ${digits(rng, 4)}`, `+49 30 ${digits(rng, 8)}`, `+33 6 ${digits(rng, 2)} ${digits(rng, 2)} ${digits(rng, 2)} ${digits(rng, 2)}`, `+61 4${digits(rng, 2)} ${digits(rng, 3)} ${digits(rng, 3)}`]));
}

function localPart(rng: Rng, first: string, last: string, sep: string): string {
  const f = first.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/'/g, '');
  const l = last.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/'/g, '');
  return rng.pick([`${f}${sep}${l}`, `${f[0]}${l}`, `${f}${l}${rng.int(1, 99)}`, `${f}${sep}${l}${rng.int(50, 99)}`]);
}

export function email(rng: Rng, style: Style): Part {
  const [first, last] = [rng.pick(V.FIRST_NAMES), rng.pick(V.LAST_NAMES)];
  const domain = rng.pick(V.EMAIL_DOMAINS);
  if (style === 'written' || (style === 'es' && rng.chance(0.5))) return pii('email', `${localPart(rng, first, last, rng.pick(['.', '_', '']))}@${domain}`);
  const sepWord = rng.pick(['dot', 'underscore', '']);
  const local = localPart(rng, first, last, sepWord ? ` ${sepWord} ` : ' ').replace(/(\d+)/, (n) => (rng.chance(0.5) ? n : digitsSpoken(rng, n)));
  const dot = style === 'es' ? 'punto' : 'dot';
  const at = style === 'es' ? 'arroba' : 'at';
  return pii('email', `${local} ${at} ${domain.replace(/\./g, ` ${dot} `)}`);
}

export function ssn(rng: Rng, style: Style): Part {
  const value = `${rng.int(100, 665)}${rng.int(10, 99)}${rng.int(1000, 9999)}`;
  if (style === 'spoken') return pii('ssn', digitsSpoken(rng, value, [3, 2, 4]));
  return pii('ssn', rng.pick([`${value.slice(0, 3)}-${value.slice(3, 5)}-${value.slice(5)}`, `${value.slice(0, 3)} ${value.slice(3, 5)} ${value.slice(5)}`, value]));
}

function luhnComplete(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return `${body}${(10 - (sum % 10)) % 10}`;
}

export function card(rng: Rng, style: Style): Part {
  const amex = rng.chance(0.2);
  const number = luhnComplete(amex ? `3${rng.pick(['4', '7'])}${digits(rng, 12)}` : `${rng.pick(['4', '5'])}${digits(rng, 14)}`);
  if (style === 'spoken') return pii('card', digitsSpoken(rng, number, amex ? [4, 6, 5] : [4, 4, 4, 4]));
  const groups = amex ? [number.slice(0, 4), number.slice(4, 10), number.slice(10)] : number.match(/\d{4}/g)!;
  return pii('card', rng.pick([groups.join(' '), groups.join('-'), number]));
}

/** An alphanumeric id: letters then digits (XJH123456789), said letter by letter and digit by digit. */
function alnumId(rng: Rng, style: Style, letters: number, count: number): string {
  const head = Array.from({ length: letters }, () => String.fromCharCode(65 + rng.int(0, 25))).join('');
  const tail = digits(rng, count);
  if (style !== 'spoken') return `${head}${tail}`;
  return `${head.toLowerCase().split('').join(' ')} ${digitsSpoken(rng, tail)}`.trim();
}

export const memberId = (rng: Rng, style: Style) => pii('member_id', alnumId(rng, style, rng.pick([0, 1, 3]), rng.int(8, 10)));
export const rxNumber = (rng: Rng, style: Style) => pii('rx_number', style === 'spoken' ? digitsSpoken(rng, digits(rng, 7)) : rng.pick([digits(rng, 7), `${digits(rng, 2)}-${digits(rng, 5)}`, `${rng.int(1, 9)}${digits(rng, 6)}`]));
export const claimNumber = (rng: Rng, style: Style) => pii('claim_number', style === 'spoken' ? digitsSpoken(rng, digits(rng, 9)) : rng.pick([`${rng.int(2019, 2026)}-${digits(rng, 8)}`, `CLM${digits(rng, 9)}`, digits(rng, 10)]));
export const orderNumber = (rng: Rng, style: Style) => pii('order_number', style === 'spoken' ? digitsSpoken(rng, digits(rng, 8)) : rng.pick([`W${digits(rng, 9)}`, digits(rng, 8), `${digits(rng, 3)}-${digits(rng, 7)}`]));

/** A date of birth in one of the ways it is written or said. */
export function dob(rng: Rng, style: Style): Part {
  const [y, m, d] = [rng.int(1935, 2008), rng.int(1, 12), rng.int(1, 28)];
  const month = MONTHS[m - 1]!;
  const cap = month[0]!.toUpperCase() + month.slice(1);
  if (style === 'es') return pii('dob', rng.pick([`${d} de ${ES_MONTHS[m - 1]} de ${y}`, `${esNumber(d)} de ${ES_MONTHS[m - 1]} de ${esYear(y)}`, `${d}/${m}/${y}`, `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`]));
  if (style === 'spoken') {
    return pii('dob', rng.pick([
      `${month} ${ordinal(d)} ${yearSpoken(y)}`, `${month} ${under100(d)} ${yearSpoken(y)}`, `the ${ordinal(d)} of ${month} ${yearSpoken(y)}`,
      `${ordinal(d)} of ${month} ${yearSpoken(y, true)}`, `${month} ${ordinal(d)} ${under100(y % 100)}`, `${under100(m)} ${under100(d)} ${under100(y % 100)}`,
      `the ${ordinal(d)} of ${month} ${under100(y % 100, true)}`,
    ]));
  }
  return pii('dob', rng.pick([
    `${m}/${d}/${String(y).slice(2)}`, `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y}`, `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    `${cap} ${d}, ${y}`, `${cap} ${d}${englishSuffix(d)} ${y}`, `${d} ${cap} ${y}`, `the ${d}${englishSuffix(d)} of ${cap} ${y}`, `${m}-${d}-${y}`,
    `${cap.slice(0, 3)} ${d} ${y}`, `the ${ordinal(d)} of ${cap} ${String(y).slice(2)}`.replace(/ (\d\d)$/, " '$1"),
  ]));
}

/** A date that is not a birth date (onset, order, visit): it must stay for triage. */
export function otherDate(rng: Rng, style: Style): Part {
  const [m, d] = [rng.int(1, 12), rng.int(1, 28)];
  const month = MONTHS[m - 1]!;
  const cap = month[0]!.toUpperCase() + month.slice(1);
  if (style === 'es') return trap('onset_date', rng.pick([`desde el ${d} de ${ES_MONTHS[m - 1]}`, `el ${esNumber(d)} de ${ES_MONTHS[m - 1]}`, 'desde el lunes', 'hace tres días']));
  if (style === 'spoken') return trap('onset_date', rng.pick([`since ${month} ${ordinal(d)}`, `on the ${ordinal(d)} of ${month}`, 'since last tuesday', 'three days ago', `back on ${month} ${under100(d)}`]));
  return trap('onset_date', rng.pick([`since ${cap} ${d}${englishSuffix(d)}`, `on ${m}/${d}`, `since ${m}/${d}/2026`, `on ${cap} ${d}`, 'since Monday', `started ${cap} ${d}, 2026`, `on the ${d}${englishSuffix(d)}`]));
}

export function address(rng: Rng, style: Style): Part {
  const [n, street] = [rng.int(3, 9899), rng.pick(V.STREETS)];
  const [city, st, state, zip] = rng.pick(V.CITIES);
  const unit = rng.chance(0.25) ? rng.pick([` apt ${rng.int(1, 40)}`, ` Apt ${rng.int(1, 9)}B`, ` #${rng.int(100, 999)}`, ` unit ${rng.int(1, 20)}`]) : '';
  if (style === 'es') {
    const line = `${rng.pick(V.ES_STREETS)} ${rng.int(1, 300)}`;
    return pii('address', rng.pick([line, `${line}, ${rng.pick(V.ES_CITIES)}`, `${line} interior ${rng.int(1, 9)}, colonia Centro`]));
  }
  if (style === 'spoken') {
    const number = rng.chance(0.5) ? houseNumber(n) : digitsSpoken(rng, String(n));
    const tail = rng.pick(['', ` ${city.toLowerCase()}`, ` ${city.toLowerCase()} ${state.toLowerCase()}`, ` ${city.toLowerCase()} ${state.toLowerCase()} ${digitsSpoken(rng, zip)}`]);
    return pii('address', `${number} ${street.toLowerCase()} ${rng.pick(V.SPOKEN_STREET_TYPES)}${unit.toLowerCase().replace('#', 'apartment ')}${tail}`);
  }
  const line = `${n} ${rng.chance(0.2) ? `${rng.pick(['N.', 'S.', 'E.', 'W.'])} ` : ''}${street} ${rng.pick(V.STREET_TYPES)}${unit}`;
  return pii('address', rng.pick([line, `${line}, ${city}, ${st} ${zip}`, `${line}, ${city} ${st}`, `${line}, ${city}, ${state}`]));
}

/** A person's name; `lower` for voice transcripts. */
export function name(rng: Rng, style: Style, full = true): Part {
  const es = style === 'es';
  const first = rng.pick(es ? V.ES_FIRST_NAMES : V.FIRST_NAMES);
  const last = rng.pick(es ? V.ES_LAST_NAMES : V.LAST_NAMES);
  const text = full ? `${first} ${last}` : first;
  return pii('name', style === 'spoken' ? text.toLowerCase() : text);
}

export function ip(rng: Rng): Part {
  return pii('ip', rng.chance(0.8) ? `${rng.pick([10, 172, 192, 73, 98, 201])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}` : `2001:db8:${rng.int(1, 9999).toString(16)}::${rng.int(1, 65535).toString(16)}`);
}

export function url(rng: Rng, style: Style): Part {
  const who = `${rng.pick(V.FIRST_NAMES).toLowerCase()}.${rng.pick(V.LAST_NAMES).toLowerCase().replace(/'/g, '')}${rng.int(1, 99)}`;
  if (style === 'spoken') return pii('url', `facebook dot com slash ${who.replace('.', ' dot ')}`);
  return pii('url', rng.pick([`https://www.facebook.com/${who}`, `facebook.com/${who}`, `https://portal.myhealthplan.com/members/${digits(rng, 8)}`, `www.instagram.com/${who}`]));
}

export const drug = (rng: Rng, style: Style) => trap('drug', style === 'es' ? rng.pick(V.ES_DRUGS) : style === 'spoken' ? rng.pick(V.DRUGS).toLowerCase() : rng.pick(V.DRUGS));
export const dose = (rng: Rng, style: Style) => trap('dose', rng.pick(style === 'es' ? V.ES_DOSES : style === 'spoken' ? V.SPOKEN_DOSES : V.DOSES));
export const symptom = (rng: Rng, style: Style) => trap('symptom', rng.pick(style === 'es' ? V.ES_SYMPTOMS : V.SYMPTOMS));
export const pharmacy = (rng: Rng, style: Style) => trap('pharmacy', style === 'spoken' ? rng.pick(V.PHARMACIES).toLowerCase() : rng.pick(V.PHARMACIES));
export const plan = (rng: Rng, style: Style) => trap('plan', style === 'spoken' ? rng.pick(V.PLANS).toLowerCase() : rng.pick(V.PLANS));
