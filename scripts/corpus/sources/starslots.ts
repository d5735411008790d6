/**
 * Later turns of STAR's booking dialogues (RasaHQ/STAR, MIT; see star.ts): the user's turns after the
 * opening request that give, move or confirm a day or time ("Yes, I can do Saturday at 1:00 pm if that
 * is open.", "What about 8 pm?"). LABELING.md: a dialogue turn that books, moves or confirms a slot is
 * service_action even without a verb like "book". A bare slot value of one or two words ("3 pm",
 * "Monday") is dropped, as MultiDoGO's bare slot values are: on its own it says nothing.
 */
import type { Decision, RawRow, RealSource } from '../pipeline.ts';
import { type StarDialogue } from './star.ts';

/** Single-task booking dialogues whose later turns are read. */
export const STAR_BOOKING_TASKS = ['doctor_schedule', 'apartment_schedule', 'meeting_schedule', 'restaurant_book', 'hotel_book', 'ride_book', 'plane_book'];

/** A day, a clock time or a part of the day. */
export const SLOT_WORDS = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}(:\d\d)? ?(am|pm)\b|\b(noon|tomorrow|tonight|morning|afternoon|evening|o'?clock)\b/i;

export function mapStarSlot(row: RawRow): Decision {
  if (!STAR_BOOKING_TASKS.includes(row.label)) return { drop: 'label not in the mapping table' };
  if (!SLOT_WORDS.test(row.text)) return { drop: 'the turn names no day or time' };
  if (row.text.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length < 3) return { drop: 'a bare slot value (one or two words)' };
  return { category: 'service_action' };
}

/** The user's turns after the first, of a single-task booking dialogue (other dialogues give none). */
export function laterTurns(dialogue: StarDialogue): RawRow[] {
  const tasks = dialogue.Scenario.WizardCapabilities.map((c) => c.Task);
  if (dialogue.Scenario.MultiTask === true || tasks.length !== 1 || !STAR_BOOKING_TASKS.includes(tasks[0]!)) return [];
  return dialogue.Events.filter((e) => e.Agent === 'User' && e.Action === 'utter' && typeof e.Text === 'string')
    .map((e, k) => ({ ref: `dialogues/${dialogue.DialogueID}.json#user-turn-${k + 1}`, label: tasks[0]!, text: e.Text as string }))
    .slice(1);
}

export const starslots: RealSource = {
  name: 'starslots',
  repo: 'RasaHQ/STAR',
  commit: '3058975092cdd09798e4a3a9e4ae135755824545',
  paths: ['dialogues/*.json (Events: the user\'s "utter" turns after the first, of single-task booking dialogues)'],
  licence: 'MIT (Copyright (c) 2020 Rasa Technologies GmbH)',
  channel: 'chat',
  caps: { service_action: 700 },
  read(snapshot) {
    const paths = snapshot.list('dialogues').filter((p) => p.endsWith('.json'));
    return snapshot.readMany(paths).flatMap((json) => laterTurns(JSON.parse(json) as StarDialogue));
  },
  map: mapStarSlot,
};
