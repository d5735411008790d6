/**
 * Later turns of STAR's bank fraud-report dialogues (RasaHQ/STAR, MIT; see star.ts): the user's turns
 * after the first in which the customer says, in everyday words, that someone else took money from the
 * account or used the card ("somebody found my debit card and took out $300 at an ATM! It wasn't me!",
 * "There have been multiple, suspicious transfers of $10 out of this account over the past week.").
 * LABELING.md: a charge or withdrawal the customer does not recognise, a stolen card or a card someone
 * else used is safety_compliance; `star` holds only the opening request of each dialogue.
 */
import type { Decision, RawRow, RealSource } from '../pipeline.ts';
import { type StarDialogue } from './star.ts';

const TASK = 'bank_fraud_report';

/** The turn reports the misuse as a fact: money taken or moved, or the card used, by someone else. */
export const MISUSE_REPORT = new RegExp([
  String.raw`\b(someone|somebody|some one|some person|a thief|thieves|they|these people|whoever)\b[^.!?]{0,40}\b(took|take|taken|taking|withdr[ae]w\w*|transferr?\w*|stole|stolen|steal\w*|used|using|charg\w*|moved|moving|emptied|cleaned out|ripp\w* me off)\b`,
  String.raw`\b(stole|stolen|theft)\b`,
  String.raw`\b(did ?n[o']?t|didnt|never|did not) (make|do|authori[sz]e|withdraw|transfer|buy)\b`,
  String.raw`\b(was ?n[o']?t|is ?n[o']?t|not) me\b`,
  String.raw`\b(suspicious|unauthori[sz]ed|fraudulent|unknown|strange|weird) (activity|activities|transactions?|transfers?|charges?|withdrawals?|behaviou?r|payments?)\b`,
  String.raw`\b(do ?n[o']?t|dont|do not) recogni[sz]e\b`,
].join('|'), 'i');

/** A question, wish or hypothetical about fraud rather than a report of it. */
export const NOT_A_REPORT = /\b(hope|what if|if (someone|somebody|anyone)|how (do|would|can) i (know|tell)|whether|ever|might|could have|would have|glad|going to|was scared)\b/i;

export function mapStarFraud(row: RawRow): Decision {
  if (row.label !== TASK) return { drop: 'label not in the mapping table' };
  if (!MISUSE_REPORT.test(row.text)) return { drop: 'the turn does not say that someone else took money or used the card' };
  if (NOT_A_REPORT.test(row.text)) return { drop: 'a question, wish or hypothetical about fraud, not a report' };
  return { category: 'safety_compliance' };
}

/** The user's turns after the first, of a dialogue whose tasks include the fraud report. */
export function fraudTurns(dialogue: StarDialogue): RawRow[] {
  const tasks = dialogue.Scenario.WizardCapabilities.map((c) => c.Task);
  if (!tasks.includes(TASK)) return [];
  return dialogue.Events.filter((e) => e.Agent === 'User' && e.Action === 'utter' && typeof e.Text === 'string')
    .map((e, k) => ({ ref: `dialogues/${dialogue.DialogueID}.json#user-turn-${k + 1}`, label: TASK, text: e.Text as string }))
    .slice(1);
}

export const starfraud: RealSource = {
  name: 'starfraud',
  repo: 'RasaHQ/STAR',
  commit: '3058975092cdd09798e4a3a9e4ae135755824545',
  paths: ['dialogues/*.json (Events: the user\'s "utter" turns after the first, of dialogues with the bank_fraud_report task)'],
  licence: 'MIT (Copyright (c) 2020 Rasa Technologies GmbH)',
  channel: 'chat',
  caps: { safety_compliance: 400 },
  read(snapshot) {
    const paths = snapshot.list('dialogues').filter((p) => p.endsWith('.json'));
    return snapshot.readMany(paths).flatMap((json) => fraudTurns(JSON.parse(json) as StarDialogue));
  },
  map: mapStarFraud,
};
