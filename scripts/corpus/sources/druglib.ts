/**
 * Druglib.com patient reviews (UCI "Drug Review Dataset (Druglib.com)", CC BY 4.0, Gräßer et al. 2018),
 * read from the unmodified drugLibTrain_raw.tsv mirrored in nlei1/csvs-for-proj (only that file is used).
 * The sideEffectsReview field is the patient's own account of the side effects they had: with a
 * side-effect rating other than "No Side Effects" and a text that reports something, it is an adverse
 * event report (safety_compliance). The benefits and comments fields are not used: they mix praise,
 * dosing and side effects in one text, which no single category fits.
 */
import { parseTable } from '../csv.ts';
import type { Decision, RawRow, RealSource } from '../pipeline.ts';

export const DRUGLIB_PATH = 'drugLibTrain_raw.tsv';

/** Side-effect ratings of the file and what each means for the sideEffectsReview text. */
export const DRUGLIB_TABLE: Record<string, 'safety_compliance' | { drop: string }> = {
  'Mild Side Effects': 'safety_compliance',
  'Moderate Side Effects': 'safety_compliance',
  'Severe Side Effects': 'safety_compliance',
  'Extremely Severe Side Effects': 'safety_compliance',
  'No Side Effects': { drop: 'rated "No Side Effects": the text reports no event' },
};

/**
 * A side-effect text that opens by saying nothing happened ("none", "n/a", "no side effects noticed",
 * "None - I've had none of these side effects..."), whatever the rating says: the text is what the
 * service would read, and a denial is not an adverse-event report.
 */
export const NOTHING_REPORTED = /^(none|nothing|n\/?a|na|not any|no side[ -]?effects?|i (had|have|experienced) no side[ -]?effects?)\b/i;

/** A text that only points elsewhere in the review ("See below", "see above", "read details"): no content of its own. */
export const POINTER_ONLY = /^(see|read|as) (below|above|details?|detals|comments?)\W*$/i;

/** A clause that denies any side effect ("I noticed no side effects of any kind.", "Almost no side effects"). */
const DENIAL = /\b(no|not any|zero|without|no any)( \w+){0,2} side[ -]?effects?\b/i;
/** Words that turn a denial into a report ("no side effects except...", "no other side effects", "at first none, then..."). */
export const EXCEPTION = /\b(except\w*|other|otherwise|aside|apart|besides|but|however|although|though|only|until|after|first|initially|beginning|later|then|problems?|sometimes|occasional\w*)\b/i;

/**
 * True when the text denies any side effect and reports none: its first sentence is a denial and no
 * word anywhere in it opens an exception ("I have had no side effects so far. I hope it stays that
 * way." is dropped; "No side effects, except a dry mouth." stays a report).
 */
export function deniesAnySideEffect(text: string): boolean {
  const first = text.trim().split(/(?<=[.!?;])\s+|\n+/)[0] ?? '';
  return DENIAL.test(first) && !EXCEPTION.test(text);
}

export function mapDruglib(row: RawRow): Decision {
  const entry = DRUGLIB_TABLE[row.label];
  if (entry === undefined) return { drop: 'label not in the mapping table' };
  if (typeof entry !== 'string') return entry;
  if (NOTHING_REPORTED.test(row.text.trim())) return { drop: 'the text reports no side effect' };
  if (deniesAnySideEffect(row.text)) return { drop: 'the text denies any side effect and reports none' };
  if (POINTER_ONLY.test(row.text.trim())) return { drop: 'the text only points elsewhere ("See below"): no content' };
  return { category: entry };
}

export const druglib: RealSource = {
  name: 'druglib',
  repo: 'nlei1/csvs-for-proj',
  commit: '278fee3513ee3fcd053ef3137ade284314222261',
  paths: [`${DRUGLIB_PATH} (column sideEffectsReview, rated by column sideEffects)`],
  licence: 'CC BY 4.0 (UCI Machine Learning Repository, Drug Review Dataset (Druglib.com))',
  channel: 'chat',
  caps: { safety_compliance: 2500 },
  read(snapshot) {
    return parseTable(snapshot.read(DRUGLIB_PATH), '\t').map((record) => ({
      ref: `row:${record['']}`,
      label: record['sideEffects'] ?? '',
      text: record['sideEffectsReview'] ?? '',
    }));
  },
  map: mapDruglib,
};
