/**
 * `npm run pii:train-names [-- --snapshots /work/.mirror] [--check] [--curve]`: trains the learned name tagger
 * (src/observability/redact/name-tagger.ts) and writes data/names/name-tagger.json; `--check` rebuilds it and fails
 * when the bytes differ from the committed file. Deterministic: the documents in a fixed order, a fixed shuffle per
 * epoch, weights rounded.
 *
 * The model: a logistic regression over each word's features (name-tagger-features.ts), one weight per feature seen
 * at least twice, trained by averaged stochastic gradient. The threshold: 5-fold cross-validation on the training
 * documents (folds by a hash of the document's id); every document is scored by the model of the folds it is not in,
 * next to what the hand-written rules find in it (findPiiByRules). The threshold kept maximises, on the project's
 * sets and WNUT-17's DEV half pooled (not BTC), the words of names newly masked (by the tagger, not the rules) less
 * OTHER_COST times the other words newly masked; of equal gains the highest threshold.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { findPiiByRules } from '../../src/observability/redact.ts';
import { tokenize } from '../../src/observability/redact/spoken-names.ts';
import { contextOf, features, opens } from '../../src/observability/redact/name-tagger-features.ts';
import { mayBePart } from '../../src/observability/redact/name-tagger-guards.ts';
import { TAGGER_FILE, scoreTokens, spansOf } from '../../src/observability/redact/name-tagger.ts';
import { fnv1a } from './real-names.ts';
import { mulberry32 } from '../split-corpus.ts';
import { trainingDocs, type Range, type TrainingDoc } from './name-tagger-data.ts';

const EPOCHS = 6;
const FOLDS = 5;
const OTHER_COST = 3;
const SHOW_WORDS = process.argv.includes('--words');
const REACHES = [0, 0.5, 1, 1.5, 2];
/** Every (threshold, reach) tried: thresholds of the score 0 to 10, reaches (spansOf) 0 to 2 under it. */
const SETTINGS = Array.from({ length: 41 }, (_, k) => k * 0.25).flatMap((th) => REACHES.map((reach) => ({ th, reach })));

interface Example { doc: number; feats: string[]; y: 0 | 1 }
const inside = (rs: readonly Range[], t: Range) => rs.some((r) => r.start < t.end && t.start < r.end);

export function examples(docs: readonly TrainingDoc[]): Example[] {
  const out: Example[] = [];
  docs.forEach((d, doc) => {
    const tokens = tokenize(d.text);
    const c = contextOf(d.text, tokens);
    tokens.forEach((t, i) => {
      // Only the words the tagger may mask are learned from (mayBePart): the rest never reach its weights.
      if (inside(d.skip, t) || !mayBePart(t, () => c.code(i), () => opens(c, i))) return;
      out.push({ doc, feats: features(c, i), y: inside(d.names, t) ? 1 : 0 });
    });
  });
  return out;
}

export function train(data: readonly Example[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const e of data) for (const f of e.feats) count.set(f, (count.get(f) ?? 0) + 1);
  const w = new Map<string, number>();
  const u = new Map<string, number>();
  const order = data.map((_, i) => i);
  const random = mulberry32(14);
  let step = 1;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = 0.2 / (1 + epoch);
    for (const k of order) {
      const e = data[k]!;
      const feats = e.feats.filter((f) => count.get(f)! >= 2);
      let s = 0;
      for (const f of feats) s += w.get(f) ?? 0;
      const g = lr * (e.y - 1 / (1 + Math.exp(-s)));
      if (g !== 0) for (const f of feats) {
        w.set(f, (w.get(f) ?? 0) + g);
        u.set(f, (u.get(f) ?? 0) + step * g);
      }
      step++;
    }
  }
  const avg = new Map<string, number>();
  for (const f of [...w.keys()].sort()) {
    const v = Math.round((w.get(f)! - u.get(f)! / step) * 1000) / 1000;
    if (Math.abs(v) >= 0.01) avg.set(f, v);
  }
  return avg;
}

interface Tally { names: number; found: number; foundRules: number; newName: number; newOther: number; others: number }

/** Out-of-fold scores, then per threshold: names wholly masked by rules ∪ tagger, and words the tagger adds. */
function crossValidate(docs: readonly TrainingDoc[], data: readonly Example[]) {
  const fold = docs.map((d) => fnv1a(d.id) % FOLDS);
  const scores: number[][] = docs.map(() => []);
  for (let k = 0; k < FOLDS; k++) {
    const model = { weights: train(data.filter((e) => fold[e.doc] !== k)) };
    docs.forEach((d, i) => {
      if (fold[i] === k) scores[i] = scoreTokens(model, contextOf(d.text, tokenize(d.text)));
    });
    console.error(`fold ${k + 1}/${FOLDS} done`);
  }
  const bySource = new Map<string, Tally[]>();
  docs.forEach((d, i) => {
    const tokens = tokenize(d.text);
    const c = contextOf(d.text, tokens);
    const rules = findPiiByRules(d.text).filter((s) => s.kind === 'name');
    // Lower-case messages (voice transcripts, fast chat) are tallied apart: the rules read them by their own cues.
    const key = `${d.source}${c.lower ? ' lower-case' : ''}`;
    const per = bySource.get(key) ?? SETTINGS.map(() => ({ names: 0, found: 0, foundRules: 0, newName: 0, newOther: 0, others: 0 }));
    bySource.set(key, per);
    SETTINGS.forEach(({ th, reach }, j) => {
      const tagged = spansOf(c, scores[i]!, th, reach);
      const all = [...rules, ...tagged];
      const tally = per[j]!;
      for (const n of d.names) {
        const parts = tokens.filter((t) => inside([n], t));
        if (parts.length === 0) continue;
        tally.names++;
        if (parts.every((t) => inside(all, t))) tally.found++;
        if (parts.every((t) => inside(rules, t))) tally.foundRules++;
      }
      for (const t of tokens) {
        if (inside(d.skip, t)) continue;
        const isName = inside(d.names, t);
        if (!isName) tally.others++;
        if (inside(tagged, t) && !inside(rules, t)) {
          if (isName) tally.newName++;
          else tally.newOther++;
          // `--words`: the words the tagger adds at 1.5, for reading (development documents only; the threshold written here).
          if (SHOW_WORDS && th === 1.5 && reach === 0 && d.source !== 'btc') console.log(`${isName ? 'NAME ' : 'OTHER'} ${d.source} ${t.word} | ${d.text.slice(Math.max(0, t.start - 50), t.end + 40).replaceAll('\n', ' ')}`);
        }
      }
    });
  });
  return bySource;
}

function chooseThreshold(bySource: Map<string, Tally[]>, curve: boolean): { threshold: number; reach: number } {
  const pooled = (j: number, sources: string[]) => sources.map((s) => bySource.get(s)![j]!).reduce((a, b) => ({ names: a.names + b.names, found: a.found + b.found, foundRules: a.foundRules + b.foundRules, newName: a.newName + b.newName, newOther: a.newOther + b.newOther, others: a.others + b.others }));
  const tuned = [...bySource.keys()].filter((k) => !k.startsWith('btc'));
  if (curve)
    SETTINGS.forEach(({ th, reach }, j) => {
      const line = [...bySource.keys()].map((s) => {
        const t = bySource.get(s)![j]!;
        return `${s} names ${(t.foundRules / t.names).toFixed(3)} -> ${(t.found / t.names).toFixed(3)}, new words ${t.newName} name / ${t.newOther} other of ${t.others}`;
      });
      console.log(`threshold ${th.toFixed(2)} reach ${reach}: ${line.join('; ')}`);
    });
  // The setting where the names gained outweigh most the other words newly masked, one such word counting as OTHER_COST
  // names; of equal gains the highest threshold, then the shortest reach.
  let [best, bestGain] = [{ threshold: Infinity, reach: 0 }, 0];
  SETTINGS.forEach(({ th, reach }, j) => {
    const t = pooled(j, tuned);
    const gain = t.newName - OTHER_COST * t.newOther;
    if ((gain > bestGain || (gain === bestGain && th > best.threshold)) && gain > 0) [best, bestGain] = [{ threshold: th, reach }, gain];
  });
  return best;
}

export function serialise(threshold: number, weights: ReadonlyMap<string, number>, reach = 0): string {
  return `${JSON.stringify({ about: 'learned name tagger: npm run pii:train-names (scripts/pii/train-name-tagger.ts)', threshold, reach, weights: Object.fromEntries(weights) })}\n`;
}

if (import.meta.main) {
  const at = process.argv.indexOf('--snapshots');
  const snapshots = at >= 0 ? process.argv[at + 1]! : '/work/.mirror';
  const docs = trainingDocs(snapshots);
  const data = examples(docs);
  console.error(`${docs.length} documents (${['project', 'wnut-dev', 'btc'].map((s) => `${s} ${docs.filter((d) => d.source === s).length}`).join(', ')}), ${data.length} words, ${data.filter((e) => e.y === 1).length} in names`);
  const { threshold, reach } = chooseThreshold(crossValidate(docs, data), process.argv.includes('--curve'));
  const json = serialise(threshold, train(data), reach);
  if (process.argv.includes('--check')) {
    const same = readFileSync(TAGGER_FILE, 'utf8') === json;
    console.log(same ? 'name-tagger.json: rebuilt byte for byte' : 'name-tagger.json differs from its rebuild');
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(TAGGER_FILE, json);
    console.log(`threshold ${threshold}, reach ${reach}, ${JSON.parse(json).weights ? Object.keys(JSON.parse(json).weights as object).length : 0} weights, ${json.length} bytes`);
  }
}
