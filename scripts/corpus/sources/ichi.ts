/**
 * EVALUATION ONLY (never trained on, never committed): the ICHI 2016 challenge's medical forum
 * questions (question title, body and one of seven categories), as kept by Roy et al. 2021 from
 * rakshajalan/ECIR-2018 (roysoumya/knowledge-aware-med-classification, data/ichi_dataset). No licence
 * in either repository: not redistributable. Only the test file is in the snapshot (the train file
 * is over 4 MiB). The text is the question body a person wrote to the forum; every category is a
 * question about the asker's (or a relative's) health -> informational, under the consumer-question
 * rule (a possible reaction to a medicine, self-harm, an overdose or an emergency is dropped).
 */
import { parseTable } from '../csv.ts';
import type { Decision, RawRow, RealSource } from '../pipeline.ts';
import { mapConsumerQuestion } from './consumer-question.ts';

export const ICHI_PATH = 'data/ichi_dataset/final_test_result.tsv';

/** The seven ICHI categories: each is a consumer's health question. */
export const ICHI_TABLE: Record<string, 'informational'> = {
  DEMO: 'informational', // demographic groups (age, sex, ethnicity)
  DISE: 'informational', // diseases and conditions
  TRMT: 'informational', // treatments and medicines (a possible reaction is dropped by the rule)
  GOAL: 'informational', // wellness goals (weight, fitness)
  PREG: 'informational', // pregnancy
  FAML: 'informational', // family and relationships
  SOCL: 'informational', // social life, sex
};

export function mapIchi(row: RawRow): Decision {
  if (ICHI_TABLE[row.label] === undefined) return { drop: 'label not in the mapping table' };
  return mapConsumerQuestion(row.text);
}

export const ichi: RealSource = {
  name: 'ichi',
  repo: 'roysoumya/knowledge-aware-med-classification',
  commit: '947dc0b4ed726d1db64481b5058db5c3d2e99cc5',
  paths: [`${ICHI_PATH} (column Question, labelled by column Category)`],
  licence: 'none stated (ICHI 2016 challenge data via rakshajalan/ECIR-2018): not redistributable',
  channel: 'chat',
  caps: {},
  read(snapshot) {
    return parseTable(snapshot.read(ICHI_PATH), '\t').map((record, k) => ({
      ref: `row:${k + 1}`,
      label: record['Category'] ?? '',
      text: record['Question'] ?? '',
    }));
  },
  map: mapIchi,
};
