/**
 * EVALUATION ONLY (never trained on, never committed): CADEC posts (askapatient.com reviews of
 * Lipitor and diclofenac products, Karimi et al. 2015; CSIRO data licence, which does not allow
 * redistributing the texts here) as annotated by Roy et al. 2021 (roysoumya/knowledge-aware-med-
 * classification, CADEC-Annotations/CADEC_{train,test}.tsv, column body). Each post is a patient's own
 * account of a drug they took; the column "Results and Side-Effects Observed" says whether the post
 * reports what the writer had. A post that reports side effects the writer had is an adverse-event
 * report (LABELING.md: a review sentence reporting a side effect -> safety_compliance).
 */
import { parseTable } from '../csv.ts';
import type { Decision, RawRow, RealSource } from '../pipeline.ts';
import { deniesAnySideEffect, EXCEPTION, NOTHING_REPORTED } from './druglib.ts';

export const CADEC_PATHS = ['CADEC-Annotations/CADEC_train.tsv', 'CADEC-Annotations/CADEC_test.tsv'];
const OBSERVED = 'Results and Side-Effects Observed';

/** The post's "Results and Side-Effects Observed" annotation and what it means for the post. */
export const CADEC_TABLE: Record<string, 'safety_compliance' | { drop: string }> = {
  '1': 'safety_compliance',
  '0': { drop: 'annotated as reporting no results or side effects observed: no single category fits' },
};

/**
 * A denial anywhere in the post ("Quick reduction in LDL. No side effects.", "I did not experience any
 * of the myriad of possible side effects"): CADEC posts join the side-effect and comment fields, so a
 * denial need not open the text as in druglib. With an exception word ("No other side effects") the
 * post still reports one.
 */
const DENIAL_ANYWHERE = /\b(no|not|zero|without|never|didn'?t|did not|haven'?t|have not|hasn'?t)( [\w']+){0,8} side[ -]?effects?\b/i;

export function mapCadec(row: RawRow): Decision {
  const entry = CADEC_TABLE[row.label];
  if (entry === undefined) return { drop: 'label not in the mapping table' };
  if (typeof entry !== 'string') return entry;
  // The same denial checks as druglib: a post that only says nothing happened reports no event.
  if (NOTHING_REPORTED.test(row.text.trim()) || deniesAnySideEffect(row.text) || (DENIAL_ANYWHERE.test(row.text) && !EXCEPTION.test(row.text))) return { drop: 'the post denies any side effect and reports none' };
  return { category: entry };
}

export const cadec: RealSource = {
  name: 'cadec',
  repo: 'roysoumya/knowledge-aware-med-classification',
  commit: '947dc0b4ed726d1db64481b5058db5c3d2e99cc5',
  paths: CADEC_PATHS.map((p) => `${p} (column body, labelled by column "${OBSERVED}")`),
  licence: 'CADEC: CSIRO Data Licence (texts not redistributable here); annotations of Roy et al. 2021, no licence in the repository',
  channel: 'chat',
  caps: {},
  read(snapshot) {
    return CADEC_PATHS.flatMap((path, k) =>
      parseTable(snapshot.read(path), '\t').map((record) => ({
        ref: `${k === 0 ? 'train' : 'test'}:${record['ids'] ?? ''}`,
        label: record[OBSERVED] ?? '',
        text: record['body'] ?? '',
      })));
  },
  map: mapCadec,
};
