/**
 * HWU64 (xliuhw/NLU-Evaluation-Data, CC BY 4.0): utterances people typed to a home assistant, one of
 * 64 scenario_intent labels. Questions map to informational, requests to do something to
 * service_action; chit-chat and dialogue-control intents are dropped (no contact-centre meaning).
 * Read from the ten cross-validation test folds, whose union is the annotated set (each row once).
 */
import type { Category } from '../../../src/domain.ts';
import { parseTable } from '../csv.ts';
import type { Decision, RawRow, RealSource } from '../pipeline.ts';

const FOLDS_DIR = 'CrossValidation/autoGeneFromRealAnno/autoGene_2018_03_22-13_01_25_169/CrossValidation';

const I = 'informational';
const S = 'service_action';
const CHITCHAT = 'chit-chat or dialogue control, no contact-centre meaning';

/** Every HWU64 label, with its category or the reason it is dropped. */
export const HWU64_TABLE: Record<string, Category | { drop: string }> = {
  alarm_query: I, alarm_remove: S, alarm_set: S,
  audio_volume_down: S, audio_volume_mute: S, audio_volume_up: S,
  calendar_query: I, calendar_remove: S, calendar_set: S,
  cooking_recipe: I,
  datetime_convert: I, datetime_query: I,
  email_addcontact: S, email_query: I, email_querycontact: I, email_sendemail: S,
  general_affirm: { drop: CHITCHAT }, general_commandstop: { drop: CHITCHAT }, general_confirm: { drop: CHITCHAT },
  general_dontcare: { drop: CHITCHAT }, general_explain: { drop: CHITCHAT }, general_joke: { drop: CHITCHAT },
  general_negate: { drop: CHITCHAT }, general_praise: { drop: CHITCHAT }, general_quirky: { drop: CHITCHAT },
  general_repeat: { drop: CHITCHAT },
  iot_cleaning: S, iot_coffee: S, iot_hue_lightchange: S, iot_hue_lightdim: S, iot_hue_lightoff: S,
  iot_hue_lighton: S, iot_hue_lightup: S, iot_wemo_off: S, iot_wemo_on: S,
  lists_createoradd: S, lists_query: I, lists_remove: S,
  music_likeness: { drop: 'a statement of taste, neither a question nor a request' },
  music_query: I, music_settings: S,
  news_query: I,
  play_audiobook: S, play_game: S, play_music: S, play_podcasts: S, play_radio: S,
  qa_currency: I, qa_definition: I, qa_factoid: I, qa_maths: I, qa_stock: I,
  recommendation_events: I, recommendation_locations: I, recommendation_movies: I,
  social_post: S, social_query: I,
  takeaway_order: S, takeaway_query: I,
  transport_query: I, transport_taxi: S, transport_ticket: S, transport_traffic: I,
  weather_query: I,
};

export function mapHwu64(row: RawRow): Decision {
  const entry = HWU64_TABLE[row.label];
  if (entry === undefined) return { drop: 'label not in the mapping table' };
  return typeof entry === 'string' ? { category: entry } : entry;
}

/** The user's own typing; the collection tool sometimes wrapped a whole answer in <...>. */
export function userText(answer: string): string {
  const trimmed = answer.trim();
  return trimmed.startsWith('<') && trimmed.endsWith('>') ? trimmed.slice(1, -1) : trimmed;
}

export const hwu64: RealSource = {
  name: 'hwu64',
  repo: 'xliuhw/NLU-Evaluation-Data',
  commit: 'f6071b496b17d71e6eb43f543af0707f4ff30557',
  paths: [`${FOLDS_DIR}/KFold_{1..10}/testset/csv/*.csv (column answer_from_user)`],
  licence: 'CC BY 4.0',
  channel: 'chat',
  caps: { informational: 1800, service_action: 1800 },
  read(snapshot) {
    const rows: RawRow[] = [];
    for (let fold = 1; fold <= 10; fold++) {
      for (const path of snapshot.list(`${FOLDS_DIR}/KFold_${fold}/testset/csv`)) {
        for (const record of parseTable(snapshot.read(path), ';')) {
          rows.push({ ref: `answerid:${record['answerid']}`, label: `${record['scenario']}_${record['intent']}`, text: userText(record['answer_from_user'] ?? '') });
        }
      }
    }
    return rows;
  },
  map: mapHwu64,
};
