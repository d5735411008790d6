import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BTC, EVALUATION_ONLY, evaluationOnlyKeys, textKey, trainingDocs } from '../../scripts/pii/name-tagger-data.ts';
import { examples, serialise, train } from '../../scripts/pii/train-name-tagger.ts';

// The learned name tagger (npm run pii:train-names) is trained on development text only: WNUT-17's DEV half, the
// Broad Twitter Corpus and the project's development sets, never the real-text TEST half nor a holdout.
const record = (id: string, text: string, name?: string) => JSON.stringify({ id, channel: 'chat', language: 'en', text, spans: name ? [{ kind: 'name', start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name }] : [], traps: [] });

describe('the name tagger training data', () => {
  const root = mkdtempSync(join(tmpdir(), 'tagger-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('when a development document has the text of a TEST document, then it is left out of training', () => {
    mkdirSync(join(root, 'real-names-dev'));
    mkdirSync(join(root, 'real-names-test'));
    writeFileSync(join(root, 'real-names-dev', 'chat.jsonl'), `${record('d1', 'Met Anya Kowal at the gym', 'Anya Kowal')}\n${record('d2', 'Saw Rui today', 'Rui')}\n`);
    // The same words with other spacing and capitals count as the same text.
    writeFileSync(join(root, 'real-names-test', 'chat.jsonl'), `${record('t1', 'saw  RUI today!', 'RUI')}\n`);
    const docs = trainingDocs('/nonexistent', root);
    expect(docs.map((d) => d.text)).toEqual(['Met Anya Kowal at the gym']);
  });

  it('when the same examples are trained on twice, then the artifacts are the same bytes', () => {
    const docs = trainingDocs('/nonexistent', root);
    const data = examples([...docs, ...docs.map((d) => ({ ...d, id: `${d.id}b` }))]);
    expect(serialise(1, train(data))).toBe(serialise(1, train(data)));
  });

  const snapshot = join('/work/.mirror', BTC.repo.replace('/', '+'), 'repo');
  it.skipIf(!existsSync(snapshot))('when the real training data is gathered, then no text of the TEST half or of a holdout is in it', () => {
    const banned = evaluationOnlyKeys();
    expect(banned.size).toBeGreaterThan(1000);
    const docs = trainingDocs('/work/.mirror');
    expect(docs.filter((d) => d.source === 'btc').length).toBeGreaterThan(9000);
    expect(docs.filter((d) => banned.has(textKey(d.text)))).toEqual([]);
    expect(docs.some((d) => EVALUATION_ONLY.some((set) => d.id.startsWith(`${set}/`)))).toBe(false);
  });
});
