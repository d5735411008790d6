import type { SafetySignalKind } from '../safety-types.ts';

/**
 * How a match is judged (see judge.ts):
 * - `always`: fires whatever the phrasing (self-harm, emergencies in progress);
 * - `topic`: fires unless framed as clearly general information ("I read that X can make people ...");
 * - `evident`: the phrase itself tells of an event ("took two doses by mistake"); negation and a
 *   preceding general-question marker suppress it;
 * - `symptom`: a symptom word; it also needs what `needs` says.
 */
export type MatchMode = 'always' | 'topic' | 'evident' | 'symptom';

/**
 * What a symptom needs besides not being negated or asked about in general:
 * - `context`: an experience cue or any medication mention in the message ("metformin rash");
 * - `cue`: an experience cue or an intensifier ("bad side effects") - words that are general by nature;
 * - `medication`: a medication mention - common complaints with many other causes (fever, headache).
 */
export type Requirement = 'context' | 'cue' | 'medication';

export interface LexiconGroup {
  /** Short name for tests and maintenance. */
  name: string;
  kind: SafetySignalKind;
  mode: MatchMode;
  needs?: Requirement;
  /** Written against folded text: lowercase, no accents, straight apostrophes. */
  patterns: readonly RegExp[];
}
