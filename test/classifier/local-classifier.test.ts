import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { DEFAULT_MODEL_PATH, LocalModelError, loadLocalModel } from '../../src/classifier/local/model-file.ts';
import type { Channel } from '../../src/domain.ts';
import { normaliseMessage } from '../../src/triage/normalise.ts';

// The shipped artifact, loaded once: these tests check it answers ordinary messages sensibly.
const classifier = createLocalClassifier();
const classify = (text: string, channel: Channel = 'chat') => classifier.classify({ text: normaliseMessage(text, channel), channel });

describe('local classifier (shipped artifact)', () => {
  it.each([
    ['what time do you close on sunday', 'informational', 'chat'],
    ['please refill my lisinopril', 'service_action', 'chat'],
    ['since I started the new pills I have hives all over', 'safety_compliance', 'chat'],
    ['¿a qué hora abren el domingo?', 'informational', 'chat'],
    ['necesito resurtir mi receta de metformina por favor', 'service_action', 'chat'],
    ['desde que empecé el medicamento nuevo tengo la cara hinchada', 'safety_compliance', 'chat'],
    ['um yeah hi uh i need to refill my prescription the number is four four seven one', 'service_action', 'voice'],
    ['uh so ever since they switched my mom to the new blood pressure pill she has been real dizzy and fell twice', 'safety_compliance', 'voice'],
    [
      'Subject: Opening hours\n\nDear team,\n\nCould you tell me whether the Main Street pharmacy is open on public holidays?\n\nKind regards,\nAnne',
      'informational',
      'mail',
    ],
  ] as const)('when the message is %j, then it is %s', async (text, category, channel) => {
    expect((await classify(text, channel)).category).toBe(category);
  });

  it('when it answers, then confidence is in [0, 1], scores cover all classes and sum to ~1', async () => {
    const answer = await classify('my package never arrived and i need my meds');
    expect(answer.confidence).toBeGreaterThanOrEqual(0);
    expect(answer.confidence).toBeLessThanOrEqual(1);
    const scores = Object.values(answer.scores ?? {});
    expect(scores).toHaveLength(3);
    expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
    expect(answer.confidence).toBe(Math.max(...scores));
  });

  it('when it answers, then the answer is explained and labelled as the local model', async () => {
    const answer = await classify('since I started the new pills I have hives all over. Please help.');
    expect(answer.provider).toBe('local');
    expect(answer.model).toBe(`careroute-local-${classifier.version}`);
    expect(answer.prompt_version).toBe(classifier.version);
    expect(answer.reasoning).toMatch(/^evidence ".+"/);
    expect(answer.urgency).toBe('high');
    expect(answer.summary).toBe('since I started the new pills I have hives all over.');
    expect(answer.language).toBe('en');
    if (answer.secondary_category !== null) expect(answer.secondary_category).not.toBe(answer.category);
  });

  it('when an emergency is described, then urgency is urgent', async () => {
    const answer = await classify("my husband can't breathe after taking the new antibiotic");
    expect(answer.category).toBe('safety_compliance');
    expect(answer.urgency).toBe('urgent');
  });

  it('when the same message is classified twice, then the answers are identical', async () => {
    const text = 'can u refill my sertraline? btw been having weird zaps in my head';
    expect(await classify(text)).toEqual(await classify(text));
  });

  it('when the text has no known word, then it answers the plain question category with low urgency and an unknown language', async () => {
    const answer = await classify('zzzqqq');
    expect(answer).toMatchObject({ category: 'informational', urgency: 'low', language: 'und' });
    // With no known word only the biases speak: the runner-up is named only when it reaches 0.2.
    expect(answer.secondary_category).toBe((answer.scores?.safety_compliance ?? 0) >= 0.2 ? 'safety_compliance' : null);
    const scores = Object.values(answer.scores ?? {});
    expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
    expect(answer.confidence).toBe(answer.scores?.informational);
    expect(answer.reasoning).toMatch(/^evidence /);
  });

  it('when the caller aborted, then classify rejects', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(classifier.classify({ text: 'hi', channel: 'chat' }, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('local model artifact', () => {
  const dir = mkdtempSync(join(tmpdir(), 'careroute-model-'));

  it('when the artifact is missing, then creation fails naming the file and the fix', () => {
    const path = join(dir, 'missing.json');
    expect(() => createLocalClassifier({ modelPath: path })).toThrow(new LocalModelError(`local model ${path} not found: run npm run train`));
  });

  it('when the artifact is truncated, then creation fails with a clear error', () => {
    const path = join(dir, 'truncated.json');
    writeFileSync(path, readFileSync(DEFAULT_MODEL_PATH, 'utf8').slice(0, 5000));
    expect(() => createLocalClassifier({ modelPath: path })).toThrow(/is not valid JSON \(corrupt or truncated\)/);
  });

  it('when weights do not match the vocabulary, then creation fails naming the field', () => {
    const model = loadLocalModel();
    const path = join(dir, 'short.json');
    writeFileSync(path, JSON.stringify({ ...model, weights: model.weights.slice(0, 10) }));
    expect(() => createLocalClassifier({ modelPath: path })).toThrow(/is invalid: weights: has 10 entries/);
  });

  it('when a model object is given, then it is used without reading a file', async () => {
    const local = createLocalClassifier({ model: loadLocalModel(), modelPath: join(dir, 'ignored.json') });
    expect((await local.classify({ text: 'please refill my lisinopril', channel: 'chat' })).category).toBe('service_action');
  });
});
