/**
 * K-QA (Itaymanes/K-QA, MIT; Manes et al. 2024): 1,212 questions patients typed to doctors on the
 * K Health chat platform (dataset/questions.jsonl, field Question). They ask about the patient's own
 * condition, test results, contagiousness, treatment and medicines ("I take zyrtec for my allergies,
 * will hydroxyzine be ok to take with it?"): per LABELING.md a personal symptom or a medication
 * question with no reaction is informational. A question that may report the asker's own reaction to
 * a medicine ("could the medication have caused that?", "I had terrible side effects when I started
 * X") would be safety_compliance; such a question is dropped rather than labelled by a pattern.
 */
import type { Decision, RawRow, RealSource } from '../pipeline.ts';

export const KQA_PATH = 'dataset/questions.jsonl';

/**
 * Wording that may tie something the asker has to a medicine they took: a suspected cause, a reaction
 * to a named treatment, side effects the asker has or had. Such questions are dropped, not labelled.
 */
export const MAY_REPORT_REACTION = new RegExp(
  [
    String.raw`\b(medication|medicine|meds?|pills?|drugs?|antibiotics?|shot|vaccine|injection|dose)\b[^?.!]*\b(caused?|causing|gave me|made me|making me)\b`,
    String.raw`\b(caused?|causing)\b[^?.!]*\b(by|from) (the|my|this|that) (medication|medicine|meds?|pills?|drugs?|antibiotics?|shot|vaccine|injection)\b`,
    String.raw`\breaction to (the|my|this|that)\b`,
    String.raw`\b(i|i'm|im|i've|ive)\b[^?.!]*\b(have|had|having|got|get|getting|experienc\w*)\b[^?.!]*\bside ?effects?\b`,
    String.raw`\bside ?effects? (when|since|after|while|from (the|my))\b`,
  ].join('|'),
  'i',
);

export function mapKqa(row: RawRow): Decision {
  if (row.label !== 'patient_question') return { drop: 'label not in the mapping table' };
  if (MAY_REPORT_REACTION.test(row.text)) return { drop: 'may report the asker\'s own reaction to a medicine: not labelled by pattern' };
  return { category: 'informational' };
}

export const kqa: RealSource = {
  name: 'kqa',
  repo: 'Itaymanes/K-QA',
  commit: 'ef403d012e199fcfa0d8c02b38a96ff95164f4d0',
  paths: [`${KQA_PATH} (field Question)`],
  licence: 'MIT (Copyright (c) 2023 Itay Manes)',
  licenceFile: 'LICENSE',
  channel: 'chat',
  caps: { informational: 1200 },
  read(snapshot) {
    return snapshot
      .read(KQA_PATH)
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, k) => {
        const record = JSON.parse(line) as { Question?: unknown };
        return { ref: `line:${k + 1}`, label: 'patient_question', text: typeof record.Question === 'string' ? record.Question : '' };
      });
  },
  map: mapKqa,
};
