import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL_ONLY_DIR } from '../../../scripts/corpus/build-eval-only.ts';
import { syntheticTexts } from '../../../scripts/corpus/build.ts';
import { findLeaks, nearDuplicates, readRealSplit } from '../../../scripts/corpus/checks.ts';
import type { RawRow, RealRow } from '../../../scripts/corpus/pipeline.ts';
import { ACID_TABLE, mapAcid } from '../../../scripts/corpus/sources/acid.ts';
import { mapCadec } from '../../../scripts/corpus/sources/cadec.ts';
import { EVAL_ONLY_SOURCES } from '../../../scripts/corpus/sources/eval-only.ts';
import { mapIchi } from '../../../scripts/corpus/sources/ichi.ts';
import { SOURCES } from '../../../scripts/corpus/sources/index.ts';
import { mapMqp } from '../../../scripts/corpus/sources/mqp.ts';
import { mapTwitterAdr, tweetsOf } from '../../../scripts/corpus/sources/twitteradr.ts';
import { defaultTrainingFiles, loadTrainingMessages } from '../../../scripts/train.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const row = (label: string, text: string): RawRow => ({ ref: 'r1', label, text });

describe('evaluation-only sources are never trained on', () => {
  it('when the training files of the repository are listed, then none is under data/corpus/eval-only', () => {
    const files = defaultTrainingFiles(join(ROOT, 'data', 'corpus'));
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => f.includes('eval-only'))).toEqual([]);
  });

  it('when a corpus root holds an eval-only file, then the default training files leave it out', () => {
    const root = mkdtempSync(join(tmpdir(), 'careroute-evalonly-'));
    for (const dir of ['extra', 'real/train', 'eval-only']) mkdirSync(join(root, dir), { recursive: true });
    const line = JSON.stringify({ text: 'my legs ache since the new statin', category: 'safety_compliance' });
    writeFileSync(join(root, 'train.jsonl'), JSON.stringify({ text: 'what time do you open', category: 'informational' }));
    writeFileSync(join(root, 'eval-only/cadec.jsonl'), line);
    expect(defaultTrainingFiles(root).some((f) => f.includes('eval-only'))).toBe(false);
  });

  it('when training is asked to read an eval-only file, then it stops with one line naming the file', () => {
    const root = mkdtempSync(join(tmpdir(), 'careroute-evalonly-'));
    mkdirSync(join(root, 'eval-only'));
    const file = join(root, 'eval-only', 'cadec.jsonl');
    writeFileSync(file, JSON.stringify({ text: 'my legs ache since the new statin', category: 'safety_compliance' }));
    expect(() => loadTrainingMessages([file], new Set())).toThrow(/eval-only\/cadec\.jsonl: an evaluation-only file .* is never trained on/);
  });

  it('when .gitignore is read, then data/corpus/eval-only/ is ignored and no eval-only source is a training source', () => {
    expect(readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('data/corpus/eval-only/');
    const training = new Set(SOURCES.map((s) => s.name));
    expect(EVAL_ONLY_SOURCES.filter((s) => training.has(s.name))).toEqual([]);
  });

  it('when the Druglib.com sources are looked up, then they are evaluation only and nothing committed under real/ holds them (issue #11: research use only)', () => {
    const names = ['druglib', 'druglibsent'];
    expect(EVAL_ONLY_SOURCES.map((s) => s.name).filter((n) => names.includes(n))).toEqual(names);
    expect(SOURCES.map((s) => s.name).filter((n) => names.includes(n))).toEqual([]);
    for (const split of ['train', 'test']) expect(readdirSync(join(ROOT, 'data', 'corpus', 'real', split)).filter((f) => f.startsWith('druglib'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'data', 'corpus', 'real', 'manifest.json'), 'utf8')) as { source: string; repo: string }[];
    expect(manifest.filter((m) => names.includes(m.source) || m.repo === 'nlei1/csvs-for-proj')).toEqual([]);
  });

  // The files exist only where `corpus:build -- --eval-only` ran (they are not committed).
  const built = existsSync(EVAL_ONLY_DIR) ? readdirSync(EVAL_ONLY_DIR).filter((f) => f.endsWith('.jsonl')) : [];
  it.skipIf(built.length === 0)('when eval-only files are built, then none shares a text or a near-duplicate with the training corpus', () => {
    const rows: RealRow[] = built.flatMap((f) => readFileSync(join(EVAL_ONLY_DIR, f), 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as RealRow));
    const real = (['train', 'test'] as const).flatMap((split) => readRealSplit(split).flatMap((f) => f.rows));
    const synthetic = syntheticTexts().map((s, k) => ({ id: `${s.file}#${k}`, text: s.text }));
    expect(findLeaks([...real.map((r) => r.text), ...synthetic.map((s) => s.text)], rows)).toEqual([]);
    expect(nearDuplicates(rows, [...real, ...synthetic])).toEqual([]);
  }, 60_000); // about 10 s for the seven sets on a loaded machine: the default 20 s left little room
});

describe('eval-only mapping tables', () => {
  it('when a CADEC post reports what the writer had, then it is safety_compliance; a denial or a post with nothing observed is dropped', () => {
    expect(mapCadec(row('1', 'Muscle cramps in both legs and memory fog. It did lower my cholesterol.'))).toEqual({ category: 'safety_compliance' });
    expect(mapCadec(row('1', 'Mild flatulence. No other side effects.'))).toEqual({ category: 'safety_compliance' });
    expect(mapCadec(row('1', 'Quick reduction in LDL. No side effects.'))).toEqual({ drop: expect.stringContaining('denies') });
    expect(mapCadec(row('1', 'I did not experience any of the myriad of possible side effects.'))).toEqual({ drop: expect.stringContaining('denies') });
    expect(mapCadec(row('0', 'Took it for a week.'))).toEqual({ drop: expect.stringContaining('no results or side effects') });
  });

  it('when an ADR tweet is read, then class 1 is safety_compliance, class 0 and retweets are dropped', () => {
    expect(mapTwitterAdr(row('1', 'this paxil makes me so dizzy'))).toEqual({ category: 'safety_compliance' });
    expect(mapTwitterAdr(row('1', 'RT @someone: paxil makes me so dizzy'))).toEqual({ drop: expect.stringContaining('retweet') });
    expect(mapTwitterAdr(row('0', 'what are the side effects of lamotrigine?'))).toEqual({ drop: expect.stringContaining('class 0') });
    expect(tweetsOf('1\t2\t1\t"quoted" start\tand a tab\nshort line\n')).toEqual([{ ref: 'tweet:1', label: '1', text: '"quoted" start\tand a tab' }]);
  });

  it('when a consumer health question names no medicine, then it is informational; a medicine, a reaction or self-harm drops it', () => {
    expect(mapIchi(row('DISE', 'I have had a cough for three weeks, should I see someone?'))).toEqual({ category: 'informational' });
    expect(mapMqp(row('patient_question', 'Is it normal for the area where you got your stitches to be hard?'))).toEqual({ category: 'informational' });
    expect(mapIchi(row('TRMT', 'After the dentist gave me an injection of novacaine my tongue is numb'))).toEqual({ drop: expect.stringContaining('medicine') });
    expect(mapMqp(row('patient_question', 'Been on percocet for two years, is that bad?'))).toEqual({ drop: expect.stringContaining('medicine') });
    expect(mapIchi(row('SOCL', 'I keep thinking about suicide, who can I talk to?'))).toEqual({ drop: expect.stringContaining('self-harm') });
    expect(mapIchi(row('NONE', 'hello'))).toEqual({ drop: 'label not in the mapping table' });
  });

  it('when an ACID intent is mapped, then requests are service_action, questions informational, mixed intents dropped, and all 175 intents are decided', () => {
    expect(mapAcid(row('INFO_CANCEL_INS_POLICY', 'Please cut off all my policies'))).toEqual({ category: 'service_action' });
    expect(mapAcid(row('INFO_OPERATING_AREA', 'Is your insurance available in all states'))).toEqual({ category: 'informational' });
    expect(mapAcid(row('INFO_MAKE_PYMT', 'want to make a payment'))).toEqual({ drop: expect.stringContaining('both questions and requests') });
    expect(mapAcid(row('ST_HELLO', 'Hi there'))).toEqual({ drop: expect.stringContaining('chit-chat') });
    expect(Object.keys(ACID_TABLE)).toHaveLength(175);
    expect(Object.values(ACID_TABLE)).not.toContain('safety_compliance');
  });
});
