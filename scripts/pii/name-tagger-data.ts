/**
 * The training documents of the learned name tagger (scripts/pii/train-name-tagger.ts), each a text with its name
 * spans and the spans to leave out of training (web addresses and handles, masked by other detectors):
 * - WNUT-17's DEV half (`data/pii/real-names-dev`; never its TEST half);
 * - the Broad Twitter Corpus (github.com/GateNLP/broad_twitter_corpus at BTC.commit, CC BY 4.0, Derczynski, Bontcheva
 *   and Roberts 2016), sections a, b, e, f, g, h, person spans (PER) as names, from a git snapshot;
 * - the project's labelled sets that are development sets: the main set, the first holdout, dev-names to dev-names-13.
 * A document whose text (letters and digits, lower-cased) is a text of an evaluation-only set (real-names-test,
 * holdout-v2, -v3, -v4) is dropped: those sets are compared by hash here and never read otherwise.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PII_SET_DIR, loadPiiSet } from './score.ts';
import { detokenize, entitySpans, parseConll } from './real-names.ts';

export const BTC = {
  repo: 'GateNLP/broad_twitter_corpus',
  commit: '0c45ef7b1924a6b8115bceab388781590b1b553a',
  files: ['a.conll', 'b.conll', 'e.conll', 'f.conll', 'g.conll', 'h.conll'],
};

export interface Range { start: number; end: number }
export interface TrainingDoc { id: string; source: 'wnut-dev' | 'btc' | 'project'; text: string; names: Range[]; skip: Range[] }

/** Sets never trained on: the real-text TEST half and the holdouts (figures only). */
export const EVALUATION_ONLY = ['real-names-test', 'holdout-v2', 'holdout-v3', 'holdout-v4'];
const DEVELOPMENT = ['.', 'holdout', 'dev-names', ...Array.from({ length: 12 }, (_, k) => `dev-names-${k + 2}`), 'real-names-dev'];

/** The key a text is compared by: its letters and digits, lower-cased, hashed (so the compared texts are never held). */
export const textKey = (text: string) => createHash('sha256').update(text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')).digest('hex');

export function evaluationOnlyKeys(root = PII_SET_DIR): Set<string> {
  const keys = new Set<string>();
  for (const dir of EVALUATION_ONLY) if (existsSync(join(root, dir))) for (const r of loadPiiSet(join(root, dir))) keys.add(textKey(r.text));
  return keys;
}

function projectDocs(root: string): TrainingDoc[] {
  return DEVELOPMENT.filter((d) => existsSync(join(root, d)) && readdirSync(join(root, d)).some((f) => f.endsWith('.jsonl'))).flatMap((dir) =>
    loadPiiSet(join(root, dir)).map((r) => ({
      id: `${dir === '.' ? 'main' : dir}/${r.id}`,
      source: dir === 'real-names-dev' ? ('wnut-dev' as const) : ('project' as const),
      text: r.text,
      names: r.spans.filter((s) => s.kind === 'name'),
      skip: r.spans.filter((s) => s.kind !== 'name'),
    })),
  );
}

const WEB = /\b(?:https?:\/\/|www\.)\S+|@\w+|#\w+/g;

/** BTC's documents from a bare git snapshot at `<snapshots>/GateNLP+broad_twitter_corpus/repo` (none when absent). */
export function btcDocs(snapshots: string): TrainingDoc[] {
  const gitDir = join(snapshots, BTC.repo.replace('/', '+'), 'repo');
  if (!existsSync(gitDir)) return [];
  return BTC.files.flatMap((file) => {
    const conll = execFileSync('git', ['--git-dir', gitDir, 'show', `${BTC.commit}:${file}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
    return parseConll(conll).map((tokens, index) => {
      const { text, ranges } = detokenize(tokens.map((t) => t.text));
      const spans = entitySpans(tokens, text, ranges);
      return {
        id: `btc/${file}/${index}`,
        source: 'btc' as const,
        text,
        names: spans.filter((s) => s.kind === 'PER'),
        skip: [...text.matchAll(WEB)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
      };
    });
  });
}

/** Every training document, in a fixed order, without any text of an evaluation-only set and without repeats. */
export function trainingDocs(snapshots: string, root = PII_SET_DIR): TrainingDoc[] {
  const banned = evaluationOnlyKeys(root);
  const seen = new Set<string>();
  return [...projectDocs(root), ...btcDocs(snapshots)].filter((d) => {
    const key = textKey(d.text);
    if (banned.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
