import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * `node scripts/bench/classifier-answers.ts <tree> <out.json>` writes what a tree's local classifier answers
 * (classify: category, confidence, scores, reasoning; categorise; explain's full-precision probabilities and
 * logits) for every text of this checkout's data/corpus/train.jsonl, holdout/*.jsonl and real/test/*.jsonl,
 * normalised as the service does.
 * `node scripts/bench/classifier-answers.ts --compare <a.json> <b.json>` counts the texts whose category,
 * categorise or reasoning differ, or whose probabilities or logits differ by more than 1e-9 (and by any bit).
 * Run the first for an older tree and for this one, then the second: a change meant to keep the answers must report 0.
 */
interface Answer {
  category: string;
  confidence: number;
  reasoning: string;
  categorise: string;
  probabilities: number[];
  logits: number[];
}

const args = process.argv.slice(2);
if (args[0] === '--compare') {
  const [a, b] = args.slice(1).map((f) => JSON.parse(readFileSync(f!, 'utf8')) as Answer[]);
  if (a === undefined || b === undefined || a.length !== b.length) throw new Error('the two files must hold the same texts');
  let differ = 0;
  let bits = 0;
  let worst = 0;
  a.forEach((x, i) => {
    const y = b[i]!;
    const numbers = [x.confidence, ...x.probabilities, ...x.logits].map((v, k) => Math.abs(v - [y.confidence, ...y.probabilities, ...y.logits][k]!));
    worst = Math.max(worst, ...numbers);
    if (numbers.some((d) => d > 0)) bits++;
    if (x.category !== y.category || x.categorise !== y.categorise || x.reasoning !== y.reasoning || numbers.some((d) => d > 1e-9)) differ++;
  });
  process.stdout.write(`${a.length} texts: ${differ} differ (category, categorise, reasoning, or a number by > 1e-9); ${bits} differ in any bit; largest difference ${worst}\n`);
  process.exit(differ === 0 ? 0 : 1);
}

const [treeArg, out] = args;
if (treeArg === undefined || out === undefined) throw new Error('usage: node scripts/bench/classifier-answers.ts <tree> <out.json> | --compare <a.json> <b.json>');
const root = resolve(treeArg);
const corpus = resolve(import.meta.dirname, '../../data/corpus');
const { createLocalClassifier } = await import(join(root, 'src/classifier/local/local-classifier.ts'));
const { normaliseMessage } = await import(join(root, 'src/triage/normalise.ts'));
const local = createLocalClassifier();
const jsonl = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f));
const files = [join(corpus, 'train.jsonl'), ...jsonl(join(corpus, 'holdout')), ...jsonl(join(corpus, 'real/test'))];
const answers: Answer[] = [];
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { text: string; channel?: string };
    const channel = ['chat', 'voice', 'mail', 'api'].includes(record.channel ?? '') ? record.channel! : 'chat';
    const input = { text: normaliseMessage(record.text, channel) as string, channel };
    const classified = await local.classify(input);
    const explained = local.explain(input.text);
    answers.push({
      category: classified.category,
      confidence: classified.confidence,
      reasoning: classified.reasoning,
      categorise: await local.categorise(input),
      probabilities: explained.probabilities,
      logits: explained.logits,
    });
  }
}
writeFileSync(out, JSON.stringify(answers));
process.stdout.write(`${answers.length} texts of ${files.length} files written to ${out}\n`);
