/**
 * MedQuAD (abachaa/MedQuAD, CC BY 4.0): questions built from 12 NIH websites (question text only;
 * the answers are not used). Every question type asks for general information about a disease,
 * drug, supplement or test, so each maps to informational, including "side effects", "emergency or
 * overdose" and "forget a dose", which LABELING.md counts as general drug information when asked
 * generally. The questions were written from templates by the dataset's authors, not by patients.
 * Only the numbered *_QA folders are read; the zipped judged-answers file beside them is never opened.
 */
import type { Decision, RawRow, RealSource } from '../pipeline.ts';

export const MEDQUAD_DIRS = [
  '1_CancerGov_QA', '2_GARD_QA', '3_GHR_QA', '4_MPlus_Health_Topics_QA', '5_NIDDK_QA', '6_NINDS_QA',
  '7_SeniorHealth_QA', '8_NHLBI_QA_XML', '9_CDC_QA', '10_MPlus_ADAM_QA', '11_MPlusDrugs_QA', '12_MPlusHerbsSupplements_QA',
];

/** Every question type of the collection maps to informational: they all ask about a topic in general. */
export const MEDQUAD_QTYPES = [
  'brand names', 'brand names of combination products', 'causes', 'complications', 'considerations',
  'contraindication', 'dietary', 'dose', 'emergency or overdose', 'exams and tests', 'forget a dose',
  'frequency', 'genetic changes', 'how can i learn more', 'how does it work', 'how effective is it',
  'important warning', 'indication', 'information', 'inheritance', 'interactions with foods',
  'interactions with herbs and supplements', 'interactions with medications', 'other information',
  'outlook', 'precautions', 'prevention', 'research', 'severe reaction', 'side effects', 'stages',
  'storage and disposal', 'support groups', 'susceptibility', 'symptoms', 'treatment', 'usage',
  'when to contact a medical professional', 'why get vaccinated',
];

export function mapMedquad(row: RawRow): Decision {
  return MEDQUAD_QTYPES.includes(row.label) ? { category: 'informational' } : { drop: 'question type not in the mapping table' };
}

const decodeXml = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The questions of one MedQuAD XML document, with their qid and qtype. */
export function questionsOf(xml: string): { qid: string; qtype: string; text: string }[] {
  const found: { qid: string; qtype: string; text: string }[] = [];
  for (const match of xml.matchAll(/<Question\s+qid="([^"]*)"\s+qtype="([^"]*)"\s*>([\s\S]*?)<\/Question>/g)) {
    found.push({ qid: match[1]!, qtype: match[2]!, text: decodeXml(match[3]!) });
  }
  return found;
}

export const medquad: RealSource = {
  name: 'medquad',
  repo: 'abachaa/MedQuAD',
  commit: '577bd37b96c02d1833b2c9eed2de9f96964e96cb',
  paths: MEDQUAD_DIRS.map((dir) => `${dir}/*.xml (element Question, attribute qtype)`),
  licence: 'CC BY 4.0',
  channel: 'chat',
  caps: { informational: 1500 },
  read(snapshot) {
    const rows: RawRow[] = [];
    for (const dir of MEDQUAD_DIRS) {
      const paths = snapshot.list(dir).filter((p) => p.endsWith('.xml'));
      snapshot.readMany(paths).forEach((xml, k) => {
        for (const q of questionsOf(xml)) rows.push({ ref: `${paths[k]}#${q.qid}`, label: q.qtype, text: q.text });
      });
    }
    return rows;
  },
  map: mapMedquad,
};
