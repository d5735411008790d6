/**
 * EVALUATION ONLY (never trained on, never committed): the patient-asked HealthTap questions of
 * Curai's Medical Question Pairs (curai/medical-question-pair-dataset, mqp.csv, McCreery et al. 2020),
 * column 2 (question_1). Column 3 (question_2) was written by Curai's doctors and is not used. No
 * licence in the repository: not redistributable. The pair label (similar or not) says nothing of our
 * categories; the questions are consumer health questions -> informational under the
 * consumer-question rule (a possible reaction to a medicine, self-harm, an overdose or an emergency is
 * dropped).
 */
import { parseDelimited } from '../csv.ts';
import type { Decision, RawRow, RealSource } from '../pipeline.ts';
import { mapConsumerQuestion } from './consumer-question.ts';

export const MQP_PATH = 'mqp.csv';

export function mapMqp(row: RawRow): Decision {
  if (row.label !== 'patient_question') return { drop: 'label not in the mapping table' };
  return mapConsumerQuestion(row.text);
}

export const mqp: RealSource = {
  name: 'mqp',
  repo: 'curai/medical-question-pair-dataset',
  commit: '6c7f7fd7a53cedc6fec105c0c6cb78f2e9a82cd1',
  paths: [`${MQP_PATH} (column 2, question_1: the patient's question; each appears in two pairs, kept once)`],
  licence: 'none stated (HealthTap questions): not redistributable',
  channel: 'chat',
  caps: {},
  read(snapshot) {
    // No header: dr_id, question_1, question_2, label. Each question_1 stands in two pairs: read once.
    const seen = new Set<string>();
    return parseDelimited(snapshot.read(MQP_PATH), ',').flatMap((cells, k) => {
      const text = cells[1] ?? '';
      if (seen.has(text)) return [];
      seen.add(text);
      return [{ ref: `line:${k + 1}`, label: 'patient_question', text }];
    });
  },
  map: mapMqp,
};
