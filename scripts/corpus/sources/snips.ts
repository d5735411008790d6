/**
 * Snips 2017 custom-intent benchmark (sonos/nlu-benchmark, CC0 1.0): crowd-written requests to a voice
 * assistant for seven intents. Booking, playing, adding and rating are requests to act
 * (service_action); weather, creative-work and screening searches ask for information.
 */
import type { Category } from '../../../src/domain.ts';
import type { Decision, RawRow, RealSource } from '../pipeline.ts';

const DIR = '2017-06-custom-intent-engines';

export const SNIPS_TABLE: Record<string, Category> = {
  AddToPlaylist: 'service_action',
  BookRestaurant: 'service_action',
  PlayMusic: 'service_action',
  RateBook: 'service_action',
  GetWeather: 'informational',
  SearchCreativeWork: 'informational',
  SearchScreeningEvent: 'informational',
};

export function mapSnips(row: RawRow): Decision {
  const category = SNIPS_TABLE[row.label];
  return category === undefined ? { drop: 'label not in the mapping table' } : { category };
}

interface SnipsFile {
  [intent: string]: { data: { text: string }[] }[];
}

export const snips: RealSource = {
  name: 'snips',
  repo: 'sonos/nlu-benchmark',
  commit: 'b86ac7f1577868c42158d0dec77db50956046696',
  paths: Object.keys(SNIPS_TABLE).flatMap((intent) => [`${DIR}/${intent}/train_${intent}_full.json`, `${DIR}/${intent}/validate_${intent}.json`]),
  licence: 'CC0 1.0',
  channel: 'voice',
  caps: { informational: 700, service_action: 700 },
  read(snapshot) {
    const rows: RawRow[] = [];
    for (const path of this.paths) {
      const parsed = JSON.parse(snapshot.read(path)) as SnipsFile;
      for (const [intent, utterances] of Object.entries(parsed)) {
        utterances.forEach((utterance, index) => {
          rows.push({ ref: `${path}#${index}`, label: intent, text: utterance.data.map((part) => part.text).join('') });
        });
      }
    }
    return rows;
  },
  map: mapSnips,
};
