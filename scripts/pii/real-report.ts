/**
 * `node scripts/pii/real-report.ts [--test] [--misses]`: names recall and over-redaction on the
 * real-text name sets alone (faster than `npm run eval:pii`). The DEV half by default, with its misses
 * on `--misses`; `--test` adds the TEST half's figures (never its misses).
 */
import { join } from 'node:path';
import { PII_SET_DIR, loadPiiSet, scorePiiSet } from './score.ts';

const halves = process.argv.includes('--test') ? ['real-names-dev', 'real-names-test'] : ['real-names-dev'];
for (const dir of halves) {
  const set = loadPiiSet(join(PII_SET_DIR, dir));
  const score = scorePiiSet(set);
  const names = score.recall.get('name')!;
  const traps = [...score.traps].sort().map(([k, t]) => `${k} ${t.hit}/${t.total}`).join(', ');
  console.log(`${dir}: ${set.length} messages; names ${(names.hit / names.total).toFixed(3)} (${names.hit}/${names.total}); over-redaction ${score.maskedWords}/${score.plainWords} words (${((100 * score.maskedWords) / score.plainWords).toFixed(2)}%); entity traps masked: ${traps}`);
  if (dir === 'real-names-dev' && process.argv.includes('--misses')) console.log(score.misses.join('\n'));
}
