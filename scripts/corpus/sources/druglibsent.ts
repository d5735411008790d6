/**
 * Review sentences from the same Druglib.com reviews as `druglib` (UCI "Drug Review Dataset
 * (Druglib.com)", CC BY 4.0, file drugLibTrain_raw.tsv of nlei1/csvs-for-proj), cut to the length of
 * one chat message, so the model sees review-style sentences that rarely name the drug:
 * - the first sentence of a side-effect text under a side-effect rating (the list of what the patient
 *   had: "Headaches, hot flushes, tiredness and heavier periods.") -> safety_compliance;
 * - a sentence of the benefits text of any review that names no side effect ("It does not
 *   stop the cramps entirely, but makes them bearable") -> informational (LABELING.md: a review
 *   sentence that only praises the drug is not a report). The benefits text says what the drug did
 *   for the patient whatever the side-effect rating; a sentence of it that names a side effect or
 *   another safety word is dropped.
 * A sentence is kept only in the split of the whole text it comes from (`splitOf` of that text), so
 * a sentence of a `druglib` test review never stands in training.
 */
import { parseTable } from '../csv.ts';
import { cleanText, duplicateKey, splitOf, type Decision, type RawRow, type RealSource } from '../pipeline.ts';
import { deniesAnySideEffect, DRUGLIB_PATH, DRUGLIB_TABLE, NOTHING_REPORTED, POINTER_ONLY } from './druglib.ts';

export const FIRST_SIDE_EFFECT_SENTENCE = 'side_effects_first_sentence';
export const BENEFIT_SENTENCE = 'benefits_sentence_no_side_effects';
/** A sentence of the benefits text of a review rated with side effects: the benefits field speaks of what the drug did for the patient. */
export const RATED_BENEFIT_SENTENCE = 'benefits_sentence_side_effects_rated';
export const OTHER_SPLIT = 'sentence_in_other_split';

/** Sentences of a review text: cut after . ! ? ; or a line break; at least three words each. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|\n+/)
    .map(cleanText)
    .filter((s) => s.split(' ').length >= 3);
}

/** Words of a sentence that may report an effect the writer had (a praise sentence must have none, unless it says "no side effects"). */
const MAY_REPORT_EFFECT = /\b(side[ -]?effects?|reactions?|made me|makes me|gave me|gives me|caused|causes|causing|feel(ing)? (sick|tired|dizzy|nauseous)|nausea|rash|headaches?|dizz\w*|insomnia|weight gain|drows\w*|vomit\w*|diarrh\w*|itch\w*|swell\w*|bleed\w*|hair loss|dry mouth|fatigue|tired|suicid\w*|self[ -]?harm|overdos\w*|accident\w*|by mistake|wrong (dose|pill|medication)|emergency|hospital\w*|ER)\b/i;
const DENIES_SIDE_EFFECTS = /\b(no|without|not any|never had any|zero) (noticeable |bad |major |real )?side[ -]?effects?\b/i;

export function mapDruglibSentence(row: RawRow): Decision {
  if (row.label === OTHER_SPLIT) return { drop: 'the sentence falls in the other split than the review text it comes from' };
  if (row.label === FIRST_SIDE_EFFECT_SENTENCE) {
    if (NOTHING_REPORTED.test(row.text)) return { drop: 'the sentence reports no side effect' };
    if (deniesAnySideEffect(row.text)) return { drop: 'the sentence denies any side effect and reports none' };
    if (POINTER_ONLY.test(row.text)) return { drop: 'the sentence only points elsewhere: no content' };
    return { category: 'safety_compliance' };
  }
  if (row.label === BENEFIT_SENTENCE || row.label === RATED_BENEFIT_SENTENCE) {
    if (MAY_REPORT_EFFECT.test(row.text) && !DENIES_SIDE_EFFECTS.test(row.text)) return { drop: 'a benefits sentence that names a side effect, reaction or other safety word' };
    return { category: 'informational' };
  }
  return { drop: 'label not in the mapping table' };
}

/** The sentence rows of one review: the split rule is applied here, where the whole text is known. */
export function reviewSentences(id: string, rating: string, sideEffects: string, benefits: string): RawRow[] {
  const rows: RawRow[] = [];
  const emit = (field: string, whole: string, firstOnly: boolean, label: string) => {
    const sentences = sentencesOf(whole);
    // A one-sentence side-effect text is the whole text: `druglib` already has it (or dropped it).
    // `druglib` reads no benefits text, so a benefits text of one sentence is kept.
    if (sentences.length < (field === 'benefitsReview' ? 1 : 2)) return;
    const split = splitOf(duplicateKey(cleanText(whole)));
    (firstOnly ? sentences.slice(0, 1) : sentences).forEach((text, k) => {
      rows.push({ ref: `row:${id}#${field}.${k + 1}`, label: splitOf(duplicateKey(text)) === split ? label : OTHER_SPLIT, text });
    });
  };
  if (typeof DRUGLIB_TABLE[rating] === 'string') emit('sideEffectsReview', sideEffects, true, FIRST_SIDE_EFFECT_SENTENCE);
  if (rating === 'No Side Effects') emit('benefitsReview', benefits, false, BENEFIT_SENTENCE);
  else if (typeof DRUGLIB_TABLE[rating] === 'string') emit('benefitsReview', benefits, false, RATED_BENEFIT_SENTENCE);
  return rows;
}

export const druglibsent: RealSource = {
  name: 'druglibsent',
  repo: 'nlei1/csvs-for-proj',
  commit: '278fee3513ee3fcd053ef3137ade284314222261',
  paths: [`${DRUGLIB_PATH} (columns sideEffectsReview: first sentence, benefitsReview: sentences; rated by column sideEffects)`],
  licence: 'CC BY 4.0 (UCI Machine Learning Repository, Drug Review Dataset (Druglib.com))',
  channel: 'chat',
  caps: { safety_compliance: 1200, informational: 1800 },
  read(snapshot) {
    return parseTable(snapshot.read(DRUGLIB_PATH), '\t').flatMap((record) =>
      reviewSentences(record[''] ?? '', record['sideEffects'] ?? '', record['sideEffectsReview'] ?? '', record['benefitsReview'] ?? ''),
    );
  },
  map: mapDruglibSentence,
};
