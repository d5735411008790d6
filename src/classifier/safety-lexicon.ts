/**
 * The maintained safety lexicon: every group of words the guard scans for, in one list. Each group
 * names its signal kind and how a match is judged (see safety/lexicon-types.ts and safety/judge.ts).
 * To extend it, add a pattern to the right group's file under safety/ and a test case.
 */
import { compileAlternatives } from './safety/text.ts';
import type { LexiconGroup } from './safety/lexicon-types.ts';
import { COMPLAINTS_EN, REACTION_WORDS_EN, SYMPTOMS_EN } from './safety/lexicon-symptoms.ts';
import {
  COMPLAINTS_ES,
  REACTION_EVENTS,
  REACTION_WORDS_ES,
  SYMPTOMS_ES,
  SYMPTOMS_OTHER,
} from './safety/lexicon-reactions.ts';
import { MEDICATION_ERROR, OVERDOSE, PRODUCT_QUALITY } from './safety/lexicon-events.ts';
import { EMERGENCY, SELF_HARM, SUICIDE_TOPIC } from './safety/lexicon-harm.ts';
import { FRAUD, LEGAL, PRIVACY_BREACH } from './safety/lexicon-compliance.ts';

export type { LexiconGroup, MatchMode, Requirement } from './safety/lexicon-types.ts';

/** Order matters only for reporting: crisis kinds first, so decision_path leads with them. */
export const SAFETY_LEXICON: readonly LexiconGroup[] = [
  SELF_HARM,
  SUICIDE_TOPIC,
  EMERGENCY,
  OVERDOSE,
  MEDICATION_ERROR,
  PRODUCT_QUALITY,
  REACTION_EVENTS,
  SYMPTOMS_EN,
  COMPLAINTS_EN,
  REACTION_WORDS_EN,
  SYMPTOMS_ES,
  COMPLAINTS_ES,
  REACTION_WORDS_ES,
  SYMPTOMS_OTHER,
  PRIVACY_BREACH,
  FRAUD,
  LEGAL,
];

export interface CompiledGroup {
  group: LexiconGroup;
  regex: RegExp;
}

/** Compiled once at module load; each group is one global regex over the folded text. */
export const COMPILED_LEXICON: readonly CompiledGroup[] = SAFETY_LEXICON.map((group) => ({
  group,
  regex: compileAlternatives(group.patterns),
}));
