import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PiiSpan } from './kinds.ts';
import { STATE_NAMES, US_STATES } from './detectors.ts';
import { LAST_NAMES, fold, isUsTown } from './lexicon.ts';
import { personAround } from './name-towns.ts';

/**
 * The last word on a name a finder read where a town stands (issue #14, ninth follow-up): a town that is a first name or a
 * surname, in the places messages put a town, is the town, whichever finder read it, unless a sign of a person stands
 * around it ("with Tyler", "Chester said", "Madison and I"; name-towns.ts):
 * - a town named in two or three words ("en Santa Ana", "I'm in Glen Allen, VA", "the Beverly Hills pharmacy");
 * - a town and its state ("Lawrence KS", "im in austin tx", "Tyler Texas");
 * - a town after "in", "near", "en", "cerca de", after a move ("we moved to", "ship it to", "drive to", "me mudé a",
 *   "from Madison to Eugene"), after "la tienda / farmacia de", with a word no surname list holds after it ("la tienda de
 *   madison perdió"), after a caller's own name ("I'm Ulrika Ebersole from Marion", "habla Leonila de Marion"), after a
 *   comma on a signature's line ("Thanks,\nHafdis Yusupova, Marion").
 * The finders ask a first name that is a town for a person's sign where they read one word alone; this is for the others.
 */
const DATA = join(import.meta.dirname, '../../../data/names');
/** US towns of 10,000 or more named in two or three words, lower case without accents ("santa ana", "glen allen"; scripts/pii/build-town-names.ts). */
const TOWN_PHRASES: ReadonlySet<string> = new Set(readFileSync(join(DATA, 'us-town-phrases.txt'), 'utf8').split('\n').filter((t) => t !== ''));

// A state after a town, its name in any case or its postal code in capitals; lower case, the codes no English or Spanish word shares.
const LOWER_CODES = 'ak|az|ar|ca|ct|dc|fl|ga|ia|il|ks|ky|md|mi|mn|ms|mt|nc|nd|ne|nh|nj|nm|nv|ny|pr|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy';
const STATE = new RegExp(`^(?:(?i:${STATE_NAMES})|${US_STATES}|${LOWER_CODES})$`, 'u');
const STATE_AFTER = new RegExp(`^,?[ \\t]+(?:(?i:${STATE_NAMES})|${US_STATES}|${LOWER_CODES})(?![\\p{L}])`, 'u');
// Where a message puts a town: "in", "near", "en", "cerca de", "soy de"; after a move or a shipment; "la tienda de", "the pharmacy in".
const MOVE = String.raw`(?:mov(?:e|ed|ing)|relocat\w*|ship(?:ped|ping)?|send|sent|deliver(?:ed|ing)?|mail(?:ed)?|driv(?:e|ing)|drove|go(?:ing)?|went|head(?:ed|ing)?|fl(?:y|ew|ying)|travel\w*|back|commut\w*)`;
const PLACE_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:in|near|en|cerca\s+de|soy\s+de|vivo\s+en|desde|hasta` +
    String.raw`|${MOVE}(?:\s+(?:it|them|this|that|everything|(?:my|the|his|her|our)\s+\p{L}+))?(?:\s+(?:back|over|up|down|out|all\s+the\s+way))?\s+(?:to|from)` +
    String.raw`|(?:mud[ée]|mudamos|mudó|mudo|voy|vamos|fui|fuimos|viaj[ée]|viajo|regres[ée]|regreso)\s+a` +
    String.raw`|(?:tienda|farmacia|sucursal|clínica|clinica|ciudad)\s+de|from\s+\p{L}+\s+to|(?:leav(?:e|es|ing)|left|head(?:ed|ing)?|bound)\s+for)\s+$`,
  'iu',
);
// "Hi, I'm Ulrika Ebersole from Marion", "Habla Leonila Sandoval de Marion": where a caller who just named themself lives.
const SELF_FROM = /(?:^|[^\p{L}])(?:i['’]?m|i\s+am|this\s+is|it['’]?s|my\s+name\s+is|soy|habla|le\s+escribe|me\s+llamo|mi\s+nombre\s+es)[ \t]+(?:[\p{L}'’.-]+[ \t]+){1,3}(?:(?:calling|writing|here)[ \t]+)?(?:from|de|in|en)[ \t]+$/iu;
// "Thanks,\nHafdis Yusupova, Marion": a town after a comma on a signature's line, after the sign-off.
const SIGNATURE_TOWN = /(?:^|\n)[ \t]*(?:thanks|thank\s+you|regards|best(?:\s+regards)?|kind\s+regards|sincerely|cheers|saludos|atentamente|gracias)[ \t]*[,!.]?[ \t]*\r?\n[ \t]*(?:[\p{L}'’.-]+[ \t]+){0,3}[\p{L}'’.-]+[ \t]*,[ \t]*$/iu;
const LINE_END = /^[ \t.]*(?:\r?\n|$)/u;
// "from Madison to Eugene": the town a journey starts from, another town after "to".
const TO_AFTER = /^[ \t]+to[ \t]+\p{L}/iu;
const FROM_BEFORE = /(?:^|[^\p{L}])from\s+$/iu;

const words = (text: string, span: PiiSpan) => text.slice(span.start, span.end).split(/[\s,]+/u).filter((w) => w !== '');

/** Whether the name span names a town, not a person (see above). */
export function namesTown(text: string, span: PiiSpan): boolean {
  const parts = words(text, span);
  if (parts.length === 0 || parts.length > 3) return false;
  const keys = parts.map((w) => fold(w));
  const phrase = keys.join(' ');
  const town = TOWN_PHRASES.has(phrase) || (keys.length === 2 && isUsTown(keys[0]!) && STATE.test(parts[1]!));
  const first = keys[0]!;
  const placed = () => {
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    const after = text.slice(span.end, span.end + 24);
    return PLACE_BEFORE.test(before) || STATE_AFTER.test(after) || (FROM_BEFORE.test(before) && TO_AFTER.test(after)) || SELF_FROM.test(before) || (SIGNATURE_TOWN.test(text.slice(Math.max(0, span.start - 80), span.start)) && LINE_END.test(after));
  };
  const placedTown = !town && isUsTown(first) && (keys.length === 1 || (keys.length === 2 && !LAST_NAMES.has(keys[1]!))) && placed();
  return (town || placedTown) && !personAround(text, span.start, span.end);
}
