/**
 * STAR (RasaHQ/STAR, MIT; Mosig, Mehri and Kober 2020): typed Wizard-of-Oz dialogues in which crowd
 * workers played users of an assistant (bank, doctor's office, hotel, restaurant, ride, flight...).
 * Not derived from the Schema-Guided Dialogue dataset (only the word "schema" is shared).
 * A row is the user's opening request of a single-task dialogue: the first of the user's first three
 * turns whose own words carry the task (a greeting or a name alone is skipped), labelled by the task
 * through the table below, so a dialogue turn is labelled by what it says (LABELING.md).
 */
import type { Category } from '../../../src/domain.ts';
import type { Decision, RawRow, RealSource } from '../pipeline.ts';

/** Words a turn must hold to carry its task; a turn of the task without them is not its request. */
const BOOKS = /\b(book|booking|reserv\w*|schedul\w*|appointment|set up|arrange|plan|organi[sz]e|throw|rsvp|attend|coming|come to|viewing|see the|table for|ride (from|to)|need a (ride|car|cab|taxi)|pick ?up|change|move|cancel|deliver\w*|send|bring|fix|broken|repair|clean|towels?|room service|order)\b/i;
const ASKS = /\b(find|looking|look up|search|rating|rated|recommend|price|cost|cheap|expensive|available|weather|rain|snow|sunny|temperature|forecast|how (do|can) i get|directions?|route|way to|trivia|question|know|tell me|what|where|which|when|is there|are there)\b/i;
const NOT_A_BOOKING = /\b(book|reserv\w*)\b/i;

/**
 * Fraud on the customer's account in their own words: someone else took money or used the card or
 * account. A lost card with no misuse is not in it (LABELING.md: a lost card is service_action).
 */
export const FRAUD_WORDS = /\b(fraud\w*|someone|somebody|some one|stole|stolen|theft|thief|hack\w*|unauthori[sz]ed|suspicious|scam\w*|not me|wasn'?t me|didn'?t (make|do|authori[sz]e|withdraw|transfer|buy)|don'?t recogni[sz]e|unknown (charge|transfer|withdrawal)s?|strange (charge|transfer|withdrawal)s?)\b/i;

type Entry = { category: Category; needs: RegExp; unless?: RegExp; why: string } | { drop: string };

/** Each task of a single-task dialogue: its category and the words its opening request must hold. */
export const STAR_TABLE: Record<string, Entry> = {
  bank_fraud_report: { category: 'safety_compliance', needs: FRAUD_WORDS, why: 'money taken or card used by someone else' },
  bank_balance: { category: 'service_action', needs: /\bbalance|how much (money )?(i have|is (left )?in|do i have)\b/i, why: 'a look-up of the customer\'s own account' },
  doctor_schedule: { category: 'service_action', needs: /\b(appointment|schedul\w*|book\w*|see (dr|doctor)|reschedul\w*|make an? (appt|visit))\b/i, why: 'books a doctor\'s appointment' },
  apartment_schedule: { category: 'service_action', needs: BOOKS, why: 'books a viewing' },
  hotel_book: { category: 'service_action', needs: BOOKS, why: 'books a room' },
  hotel_service_request: { category: 'service_action', needs: BOOKS, why: 'asks the hotel to do something' },
  meeting_schedule: { category: 'service_action', needs: BOOKS, why: 'books a meeting' },
  party_plan: { category: 'service_action', needs: BOOKS, why: 'plans a party' },
  party_rsvp: { category: 'service_action', needs: BOOKS, why: 'answers an invitation' },
  plane_book: { category: 'service_action', needs: BOOKS, why: 'books a flight' },
  restaurant_book: { category: 'service_action', needs: BOOKS, why: 'books a table' },
  ride_book: { category: 'service_action', needs: BOOKS, why: 'books a ride' },
  ride_change: { category: 'service_action', needs: BOOKS, why: 'changes a booked ride' },
  ride_status: { category: 'service_action', needs: /\b(waiting|where is|status|late|booking|ride id|ride number|hasn'?t (come|arrived|shown))\b/i, why: 'traces the customer\'s own booking' },
  apartment_search: { category: 'informational', needs: ASKS, unless: NOT_A_BOOKING, why: 'a search or question' },
  hotel_search: { category: 'informational', needs: ASKS, unless: NOT_A_BOOKING, why: 'a search or question' },
  plane_search: { category: 'informational', needs: ASKS, unless: NOT_A_BOOKING, why: 'a search or question' },
  restaurant_search: { category: 'informational', needs: ASKS, unless: NOT_A_BOOKING, why: 'a search or question' },
  trip_directions: { category: 'informational', needs: ASKS, unless: NOT_A_BOOKING, why: 'a search or question' },
  trivia: { drop: 'trivia: a quiz game the user plays, not a request of a contact centre' },
  weather: { category: 'informational', needs: ASKS, unless: NOT_A_BOOKING, why: 'a search or question' },
  doctor_followup: { drop: 'doctor_followup: users were told to act confused or worried about their medicine\'s effects; no single category fits' },
  spaceship_access_codes: { drop: 'spaceship tasks: fiction' },
  spaceship_life_support: { drop: 'spaceship tasks: fiction' },
};

/** Does this turn carry the task in its own words? */
export function carriesTask(task: string, text: string): boolean {
  const entry = STAR_TABLE[task];
  if (entry === undefined || 'drop' in entry) return false;
  return entry.needs.test(text) && !(entry.unless?.test(text) ?? false);
}

export function mapStar(row: RawRow): Decision {
  if (row.label.startsWith('multitask:')) return { drop: 'a multi-task dialogue: the opening turn may belong to any of its tasks' };
  const entry = STAR_TABLE[row.label];
  if (entry === undefined) return { drop: 'label not in the mapping table' };
  if ('drop' in entry) return entry;
  if (!carriesTask(row.label, row.text)) return { drop: 'none of the user\'s first three turns states the task in its own words' };
  return { category: entry.category };
}

export interface StarDialogue {
  DialogueID: number;
  Events: { Agent?: string; Action?: string; Text?: unknown }[];
  Scenario: { MultiTask?: boolean; WizardCapabilities: { Task: string }[] };
}

/** The dialogue's opening request: the first of the user's first three turns that carries the task (else the first turn). */
export function openingRequest(dialogue: StarDialogue): RawRow {
  const tasks = dialogue.Scenario.WizardCapabilities.map((c) => c.Task);
  const label = dialogue.Scenario.MultiTask === true || tasks.length !== 1 ? `multitask:${tasks.join('+')}` : tasks[0]!;
  const turns = dialogue.Events.filter((e) => e.Agent === 'User' && e.Action === 'utter' && typeof e.Text === 'string')
    .slice(0, 3)
    .map((e) => e.Text as string);
  const k = Math.max(0, turns.findIndex((text) => carriesTask(label, text)));
  return { ref: `dialogues/${dialogue.DialogueID}.json#user-turn-${k + 1}`, label, text: turns[k] ?? '' };
}

export const star: RealSource = {
  name: 'star',
  repo: 'RasaHQ/STAR',
  commit: '3058975092cdd09798e4a3a9e4ae135755824545',
  paths: ['dialogues/*.json (Events: the user\'s first three "utter" turns; Scenario: WizardCapabilities[].Task, MultiTask)'],
  licence: 'MIT (Copyright (c) 2020 Rasa Technologies GmbH)',
  licenceFile: 'LICENSE.txt',
  channel: 'chat',
  caps: { informational: 400, service_action: 800, safety_compliance: 500 },
  read(snapshot) {
    const paths = snapshot.list('dialogues').filter((p) => p.endsWith('.json'));
    return snapshot.readMany(paths).map((json) => openingRequest(JSON.parse(json) as StarDialogue));
  },
  map: mapStar,
};
