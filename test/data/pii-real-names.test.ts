import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PII_SET_DIR, loadPiiSet } from '../../scripts/pii/score.ts';
import { WNUT17, buildRealNameSets, detokenize, entitySpans, parseConll } from '../../scripts/pii/real-names.ts';

// The real-text name sets (data/pii/real-names-dev, -test) are rebuilt from a snapshot of the WNUT-17 corpus by
// `npm run pii:real`. The CoNLL here is written for this test.
const CONLL = ['Met', 'O', 'Anya', 'B-person', 'Kowal', 'I-person', 'at', 'O', 'Lidl', 'B-corporation', ',', 'O', 'she', 'O', 'wo', 'O', 'n', 'O', "'", 'O', 't', 'O', 'wait', 'O', '&', 'O', 'gt', 'O', ';', 'O', '"', 'O', 'ok', 'O', '"', 'O', '@', 'O', 'jo_b', 'O', 'https://t.co/x1', 'O']
  .reduce<string[]>((lines, cell, i, all) => (i % 2 === 0 ? [...lines, `${cell}\t${all[i + 1]}`] : lines), [])
  .join('\n');

describe('the real-text name set builder', () => {
  it('when tokens are joined back, then punctuation, contractions, entities, quotes and handles close up', () => {
    const [doc] = parseConll(`${CONLL}\n\nnext\tO\n`);
    const { text } = detokenize(doc!.map((t) => t.text));
    expect(text).toBe('Met Anya Kowal at Lidl, she won\'t wait > "ok" @jo_b https://t.co/x1');
  });

  it('when a document has a person and another entity, then the person is a name span and the other a trap, at their offsets', () => {
    const [doc] = parseConll(CONLL);
    const { text, ranges } = detokenize(doc!.map((t) => t.text));
    const spans = entitySpans(doc!, text, ranges);
    expect(spans.map((s) => [s.kind, s.text])).toEqual([['name', 'Anya Kowal'], ['corporation', 'Lidl']]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('when the build runs twice on the same files, then both halves are the same records, split apart', () => {
    const read = (path: string) => (path === WNUT17.files[0][1] ? `${CONLL}\n\nJust\tO\nhome\tO\n\nSaw\tO\nRui\tB-person\n` : CONLL.replace('Anya', 'Bea'));
    const [a, b] = [buildRealNameSets(read), buildRealNameSets(read)];
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const ids = [...a.dev, ...a.test].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Every document with a person is kept (the one without may be sampled or not).
    expect([...a.dev, ...a.test].flatMap((r) => r.spans.filter((s) => s.kind === 'name').map((s) => s.text)).sort()).toEqual(['Anya Kowal', 'Bea Kowal', 'Rui']);
  });

  const snapshot = join('/work/.mirror', WNUT17.repo.replace('/', '+'), 'repo');
  it.runIf(existsSync(snapshot))('when the snapshot is on this machine, then `npm run pii:real` rebuilds the committed files byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'real-names-'));
    try {
      execFileSync(process.execPath, [join(import.meta.dirname, '../../scripts/pii/real-names.ts'), '--snapshots', '/work/.mirror', '--out', out], { stdio: 'ignore' });
      for (const half of ['real-names-dev', 'real-names-test']) {
        expect(readFileSync(join(out, half, 'chat.jsonl'), 'utf8')).toBe(readFileSync(join(PII_SET_DIR, half, 'chat.jsonl'), 'utf8'));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('when the committed halves are read, then every span points at its text and the halves share no text', () => {
    const [dev, test] = [loadPiiSet(join(PII_SET_DIR, 'real-names-dev')), loadPiiSet(join(PII_SET_DIR, 'real-names-test'))];
    expect(dev.length).toBeGreaterThan(500);
    expect(test.length).toBeGreaterThan(500);
    for (const r of [...dev, ...test]) for (const s of [...r.spans, ...r.traps]) expect(r.text.slice(s.start, s.end), r.id).toBe(s.text);
    const devTexts = new Set(dev.map((r) => r.text));
    expect(test.filter((r) => devTexts.has(r.text))).toEqual([]);
  });
});
