/**
 * `npm run corpus:check [-- --threshold 0.8]`
 * Reports, for the committed data/corpus/real files: exact leaks (a test text whose duplicate key
 * stands in any training file, real or synthetic) and near-duplicates (word 3-gram Jaccard >=
 * threshold) of every real text against the synthetic corpus and of real test against real train.
 * Exits 1 when it finds an exact leak; near-duplicates are listed for review.
 */
import { parseArgs } from 'node:util';
import { syntheticTexts } from './build.ts';
import { findLeaks, nearDuplicates, readRealSplit } from './checks.ts';

const { values } = parseArgs({ options: { threshold: { type: 'string', default: '0.8' } } });
const threshold = Number(values.threshold);
const train = readRealSplit('train').flatMap((f) => f.rows);
const test = readRealSplit('test').flatMap((f) => f.rows);
const synthetic = syntheticTexts().map((s, k) => ({ id: `${s.file}#${k}`, text: s.text }));
const leaks = findLeaks([...train, ...synthetic].map((r) => r.text), test);
console.log(`real train ${train.length}, real test ${test.length}, synthetic texts ${synthetic.length}`);
console.log(`exact leaks (real test text in a training file): ${leaks.length}`);
for (const leak of leaks) console.log(`  ${leak.id}: ${leak.text}`);
for (const [name, left, right] of [['real test vs real train', test, train], ['real (all) vs synthetic', [...train, ...test], synthetic]] as const) {
  const pairs = nearDuplicates(left, right, threshold);
  console.log(`near-duplicates, ${name} (word 3-gram Jaccard >= ${threshold}): ${pairs.length}`);
  for (const pair of pairs.slice(0, 50)) console.log(`  ${pair.a} ~ ${pair.b} (${pair.similarity})`);
}
if (leaks.length > 0) process.exit(1);
