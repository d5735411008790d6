import { join } from 'node:path';
import type { PiiSpan } from './kinds.ts';
import { blanks, type Token } from './spoken-names.ts';
import { contextOf, features, opens, type Context } from './name-tagger-features.ts';
import { mayBeName, mayBePart } from './name-tagger-guards.ts';
import { loadTagger, type TaggerModel, type TaggerState } from './name-tagger-artifact.ts';

export { parseTagger, type TaggerModel, type TaggerState } from './name-tagger-artifact.ts';

/**
 * A learned tagger for people's names, used beside the hand-written finders: a logistic regression over each word's
 * features (`name-tagger-features.ts`), trained by `npm run pii:train-names` on people's text labelled by others
 * (WNUT-17's DEV half, the Broad Twitter Corpus) and the project's development sets; the artifact is
 * data/names/name-tagger.json, read once at load. A word whose score passes the threshold chosen by cross-validation
 * is a name part; neighbouring parts make one name. Medicines, pharmacies, plans, function words and words glued
 * into an address or a handle are never parts, whatever the score.
 */
export const TAGGER_FILE = join(import.meta.dirname, '../../../data/names/name-tagger.json');

const CAPITAL = /^\p{Lu}/u;
// A missing or damaged artifact leaves the hand-written finders alone at work; taggerStatus() says so (readiness, start-up log).
const LOADED = loadTagger(TAGGER_FILE);
const MODEL: TaggerModel | null = LOADED.model;

/** Whether the artifact was read at load, and why not. */
export const taggerStatus = (): TaggerState => LOADED.status;

/** The score of every token (log-odds of a name part); a vetoed token scores -Infinity. */
export function scoreTokens(model: Pick<TaggerModel, 'weights'>, c: Context): number[] {
  return c.tokens.map((t, i) => {
    // Whether the token opens a sentence is read once, by the guard or by the features, whichever asks first.
    let opened: boolean | undefined;
    const opensSentence = () => (opened ??= opens(c, i));
    if (!mayBePart(t, () => c.code(i), opensSentence)) return -Infinity;
    let s = 0;
    for (const f of features(c, i, opensSentence())) s += model.weights.get(f) ?? 0;
    return s;
  });
}

/**
 * Runs of tokens scoring over the threshold, joined where only blanks stand between them; with `reach`, a run takes in
 * its neighbours that score over threshold - reach ("Jim Carrey's", where "Carrey's" alone passes: a weaker word
 * beside a strong one is read as the rest of the name, hysteresis as an edge detector has it).
 */
export function spansOf(c: Context, scores: readonly number[], threshold: number, reach = 0): PiiSpan[] {
  const { text, tokens } = c;
  const runs: Array<[number, number, boolean]> = [];
  tokens.forEach((t, i) => {
    if (!(scores[i]! > threshold - reach)) return;
    const strong = scores[i]! > threshold;
    const run = runs[runs.length - 1];
    if (run !== undefined && run[1] === i - 1 && blanks(text, tokens[i - 1]!.end, t.start)) [run[1], run[2]] = [i, run[2] || strong];
    else runs.push([i, i, strong]);
  });
  // "Kit Rowe", "Jim Carrey's": a capitalised first name just before a run, or a capitalised surname just after it, that
  // may be a name part at all is the rest of the name, whatever its own score.
  const listedAs = (k: number, re: RegExp) => scores[k]! > -Infinity && CAPITAL.test(tokens[k]!.word) && re.test(c.code(k));
  for (const run of runs) {
    if (!run[2]) continue;
    if (run[0] > 0 && (runs.find((r) => r[1] === run[0] - 1) === undefined) && listedAs(run[0] - 1, /[Ffr]/) && blanks(text, tokens[run[0] - 1]!.end, tokens[run[0]]!.start)) run[0]--;
    if (run[1] + 1 < tokens.length && (runs.find((r) => r[0] === run[1] + 1) === undefined) && listedAs(run[1] + 1, /[Llh]/) && blanks(text, tokens[run[1]]!.end, tokens[run[1] + 1]!.start)) run[1]++;
  }
  // A run beside a capitalised word that may be no name part at all (a town, a medicine: "Wells Fargo", "Allegra D")
  // is part of that thing's name.
  const beside = (k: number, gap: [number, number]) => k >= 0 && k < tokens.length && scores[k] === -Infinity && CAPITAL.test(tokens[k]!.word) && blanks(text, gap[0], gap[1]);
  return runs
    .filter(([, , strong]) => strong)
    .filter(([first, last]) => !beside(last + 1, [tokens[last]!.end, tokens[last + 1]?.start ?? 0]) && !beside(first - 1, [tokens[first - 1]?.end ?? 0, tokens[first]!.start]))
    .filter(([first, last]) => mayBeName(text, tokens, c.code, first, last)).map(([first, last]) => ({ kind: 'name', start: tokens[first]!.start, end: tokens[last]!.end }));
}

/** The names the learned tagger finds in `text` (none when the artifact is absent). */
export function namesByTagger(text: string, tokens: readonly Token[], model: TaggerModel | null = MODEL): PiiSpan[] {
  if (model === null || tokens.length === 0) return [];
  const c = contextOf(text, tokens);
  return spansOf(c, scoreTokens(model, c), model.threshold, model.reach);
}
