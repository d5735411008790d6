/**
 * MultiWOZ (Budzianowski et al. 2018, MIT): the user turns of typed Wizard-of-Oz dialogues in which a
 * tourist books or asks about hotels, restaurants, trains, taxis and attractions in Cambridge. Read from
 * a mirror (shoaib6174/MultiWOZ-Intent-Classification) that put each user turn of the MultiWOZ test
 * dialogues in one CSV row with the turn's active intents (find_hotel, book_restaurant, ..., no_intent);
 * the dialogue files themselves are absent from every snapshot (over 4 MiB). The mirror has no licence of
 * its own: the text and the intents are MultiWOZ's, whose MIT notice travels with the derived rows.
 *
 * A book_* turn that asks to book or gives the booking's day, time or party ("There will be 8 guests.";
 * LABELING.md: a dialogue turn that books or confirms a slot), and a taxi request (a MultiWOZ taxi is
 * always booked), is service_action; a book_* turn with neither (a question about the place) is dropped. A find_* turn is informational when it searches or asks; its own
 * words make it service_action when it asks to book ("Yes. Can you book it for me?", the active intent
 * lags one turn behind). Dropped: turns with no request (thanks, bye, "that is all", a bare yes), turns
 * with several active intents, find turns that only give a slot value, find statements (no question)
 * that name a day or time (starslots labels such a turn of a booking dialogue service_action; out of
 * context the two cannot be told apart), and hospital or police turns (an emergency or an address
 * question; no single category fits).
 */
import type { Category } from '../../../src/domain.ts';
import { parseDelimited } from '../csv.ts';
import type { Decision, RawRow, RealSource } from '../pipeline.ts';
import { SLOT_WORDS } from './starslots.ts';

const PATH = 'data/test_intents.csv';
const S: Category = 'service_action';
const I: Category = 'informational';
type Rule = Category | { drop: string } | 'search';

/** Per active intent: the category, a text rule ('search') or the reason the turn is dropped. */
export const MULTIWOZ_TABLE: Record<string, Rule> = {
  book_hotel: S, book_restaurant: S, book_train: S,
  find_taxi: S,
  find_hotel: 'search', find_restaurant: 'search', find_attraction: 'search', find_train: 'search', find_bus: 'search',
  find_hospital: { drop: 'a hospital or police turn: an emergency or an address question, no single category fits' },
  find_police: { drop: 'a hospital or police turn: an emergency or an address question, no single category fits' },
  no_intent: { drop: 'no request (thanks, bye, "that is all")' },
};

/** The turn asks to book, reserve or buy tickets. */
export const BOOK_WORDS = /\b(book|booking|booked|reserve|reservation|tickets?)\b/i;
/** The turn declines a booking ("No need to book", "I don't need a reservation"). */
export const NO_BOOKING = /\b(no need|(do ?n[o']?t|dont|do not|not) (need|want)( to| a| an| it| the| any)?( book\w*| reserv\w*)|not (to )?book|no booking|no reservation)\b/i;
/** Thanks, bye or "that is all": a closing, unless the turn also asks for something (`REQUEST`). */
export const CLOSING = /\b(thanks?|thank you|bye|goodbye|good bye|have a (nice|great|good|wonderful) (day|one|evening|night)|that'?s (it|all|everything)|that (is|will be|was) (it|all|everything)|all set)\b/i;
/** A request or question in the turn. */
const REQUEST = /\?|\b(need|want|would like|looking|can you|could you|please)\b/i;
/** A booking's detail: the party, the stay, a day or a time, a table or room, the reference, another try. */
export const BOOKING_DETAIL = /\b(people|persons?|guests?|party|nights?|days?|(mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight|\d{1,2}:\d\d|\d{1,2} ?(am|pm)|table|room|seats?|reference|ref|confirmation|try|instead|same|(for|of) (one|two|three|four|five|six|seven|eight|\d))\b/i;
/** The turn searches or asks (what a find_* turn must do to be informational). */
export const ASKS = /\?|\b(looking for|look(ing)? up|find|search|need (a|an|to find|some|info|information|the)|recommend|suggest|information|info|address|phone|postcode|post code|price|cost|fee|travel time|arriv\w*|depart\w*|leav\w*|what|which|where|when|how|is there|are there|any)\b/i;

const wordsOf = (text: string) => text.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;

export function mapMultiwoz(row: RawRow): Decision {
  const intents = row.label.split('+').filter((i) => i !== '');
  if (intents.length !== 1) return { drop: 'several active intents (or none): the turn\'s task is ambiguous' };
  const rule = MULTIWOZ_TABLE[intents[0]!];
  if (rule === undefined) return { drop: 'label not in the mapping table' };
  if (typeof rule === 'object') return rule;
  const books = BOOK_WORDS.test(row.text) && !NO_BOOKING.test(row.text);
  if (CLOSING.test(row.text) && !books && !REQUEST.test(row.text)) {
    return { drop: 'no request (thanks, bye, "that is all")' };
  }
  if (wordsOf(row.text) < 3) return { drop: 'a bare answer or slot value (one or two words)' };
  if (rule === S) {
    if (intents[0] === 'find_taxi' || books || BOOKING_DETAIL.test(row.text)) return { category: S };
    return { drop: 'a booking-phase turn that neither asks to book nor gives a booking detail' };
  }
  if (BOOK_WORDS.test(row.text) && NO_BOOKING.test(row.text)) return { drop: 'a search turn that declines a booking' };
  if (books) return { category: S };
  if (!ASKS.test(row.text)) return { drop: 'a search turn that only gives a slot value' };
  if (!row.text.includes('?') && (SLOT_WORDS.test(row.text) || /\b\d{1,2}:\d\d\b/.test(row.text))) {
    return { drop: 'a search statement that names a day or time: out of context it reads as a booking detail' };
  }
  return { category: I };
}

/** The active intents of a CSV cell such as "['find_restaurant', 'find_hotel']", joined with '+'. */
export function intentsOf(cell: string): string {
  return [...cell.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]!).join('+');
}

export const multiwoz: RealSource = {
  name: 'multiwoz',
  repo: 'shoaib6174/MultiWOZ-Intent-Classification',
  commit: 'a7c22e3da057b3c8dcf192bcfc53497cecf17c96',
  paths: [`${PATH} (columns text, intents: the user turns of the MultiWOZ test dialogues)`],
  licence: 'MIT (MultiWOZ, Copyright (c) 2019 Paweł Budzianowski; budzianowski/multiwoz LICENSE)',
  licenceFile: 'LICENSE',
  licenceFrom: { repo: 'budzianowski/multiwoz', commit: 'fe0c8e65cfcd8462bd33c86e35f21addc84ca82b' },
  channel: 'chat',
  caps: { informational: 500, service_action: 600 },
  read(snapshot) {
    const [header, ...records] = parseDelimited(snapshot.read(PATH), ',');
    const text = header!.indexOf('text');
    const intents = header!.indexOf('intents');
    return records.filter((cells) => cells.length === header!.length)
      .map((cells) => ({ ref: `${PATH}#${cells[0]}`, label: intentsOf(cells[intents]!), text: cells[text]! }));
  },
  map: mapMultiwoz,
};
