/**
 * EVALUATION ONLY (never trained on, never committed): the ASU Twitter ADR v1 tweets (Sarker and
 * Gonzalez 2015) with their binary annotation, as kept in bunny98/ADRClassifier (Full_Dataset.txt:
 * tweet id, user id, class, text; one tweet a line). Twitter's terms allow sharing tweet ids, not
 * texts: not redistributable. Class 1 (the tweet mentions an adverse drug reaction) is the writer's
 * side effect in their own words -> safety_compliance (LABELING.md: a review sentence reporting a side
 * effect, a bare statement of a symptom). Class 0 (no ADR) holds questions, news, jokes and requests:
 * no single category fits, so it is dropped; the set measures safety recall only.
 */
import type { Decision, RawRow, RealSource } from '../pipeline.ts';

export const TWITTER_ADR_PATH = 'Full_Dataset.txt';

export const TWITTER_ADR_TABLE: Record<string, 'safety_compliance' | { drop: string }> = {
  '1': 'safety_compliance',
  '0': { drop: 'class 0 (no ADR): questions, news, jokes and requests, no single category fits' },
};

export function mapTwitterAdr(row: RawRow): Decision {
  const entry = TWITTER_ADR_TABLE[row.label];
  if (entry === undefined) return { drop: 'label not in the mapping table' };
  if (typeof entry !== 'string') return entry;
  if (/^RT\b/.test(row.text)) return { drop: 'a retweet: another person\'s words' };
  return { category: entry };
}

/** Lines of `id \t user \t class \t text` (the text may hold quotes: split on the first three tabs only). */
export function tweetsOf(content: string): RawRow[] {
  return content.split('\n').flatMap((line) => {
    const cells = line.replace(/\r$/, '').split('\t');
    if (cells.length < 4) return [];
    return [{ ref: `tweet:${cells[0]}`, label: cells[2]!.trim(), text: cells.slice(3).join('\t') }];
  });
}

export const twitteradr: RealSource = {
  name: 'twitteradr',
  repo: 'bunny98/ADRClassifier',
  commit: '2a9511dbccb032d620ddc7db327741e167efe001',
  paths: [`${TWITTER_ADR_PATH} (column 4, the tweet, labelled by column 3)`],
  licence: 'none in the repository (its GPL LICENSE was deleted); tweet texts under Twitter/X terms: not redistributable',
  channel: 'chat',
  caps: {},
  read(snapshot) {
    return tweetsOf(snapshot.read(TWITTER_ADR_PATH));
  },
  map: mapTwitterAdr,
};
