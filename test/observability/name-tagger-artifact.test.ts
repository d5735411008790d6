import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadTagger } from '../../src/observability/redact/name-tagger-artifact.ts';

const dir = mkdtempSync(join(tmpdir(), 'tagger-artifact-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('the learned name tagger artifact', () => {
  it('when the file is a threshold and finite weights, then it is loaded', () => {
    const { model, status } = loadTagger(file('good.json', '{"threshold":1.5,"weights":{"b":-2,"w=ana":3}}'));
    expect(status).toEqual({ state: 'loaded', file: join(dir, 'good.json') });
    expect(model?.threshold).toBe(1.5);
    expect(model?.reach).toBe(0);
    expect(model?.weights.get('w=ana')).toBe(3);
  });

  it('when the file is missing, then no model and the state says missing, without throwing', () => {
    const { model, status } = loadTagger(join(dir, 'absent.json'));
    expect(model).toBeNull();
    expect(status).toMatchObject({ state: 'missing', reason: 'file not found' });
  });

  it.each([
    ['cut short', '{"threshold":1.5,"weights":{"b":-2,', /not JSON/],
    ['a git LFS pointer', 'version https://git-lfs.github.com/spec/v1\noid sha256:abc\n', /not JSON/],
    ['without a threshold', '{"weights":{"b":1}}', /threshold/],
    ['with a threshold that is a string', '{"threshold":"1.5","weights":{"b":1}}', /threshold/],
    ['without weights', '{"threshold":1.5}', /weights/],
    ['with no weight at all', '{"threshold":1.5,"weights":{}}', /empty/],
    ['with a weight that is no number', '{"threshold":1.5,"weights":{"b":null}}', /"b"/],
    ['null', 'null', /threshold/],
    ['with a negative reach', '{"threshold":1.5,"reach":-1,"weights":{"b":1}}', /reach/],
  ])('when the file is %s, then no model and the state says corrupt with the reason', (name, text, reason) => {
    const { model, status } = loadTagger(file(`${name.replaceAll(' ', '-')}.json`, text));
    expect(model).toBeNull();
    expect(status.state).toBe('corrupt');
    expect(status.state !== 'loaded' && status.reason).toMatch(reason);
  });
});

describe('the redactor without its tagger artifact', () => {
  afterEach(() => {
    vi.doUnmock('node:fs');
    vi.resetModules();
  });

  it('when the artifact is corrupt at load, then the redactor still loads, reports it, and masks by its rules alone', async () => {
    vi.resetModules();
    vi.doMock('node:fs', async (original) => {
      const fs = await original<typeof import('node:fs')>();
      const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], options?: unknown) =>
        String(path).endsWith('name-tagger.json') ? '{"threshold":1.5,"weights":{"b":' : fs.readFileSync(path, options as BufferEncoding)) as typeof fs.readFileSync;
      return { ...fs, default: { ...fs, readFileSync }, readFileSync };
    });
    const { taggerStatus } = await import('../../src/observability/redact/name-tagger.ts');
    const { findPii, findPiiByRules, redactPii } = await import('../../src/observability/redact.ts');
    expect(taggerStatus()).toMatchObject({ state: 'corrupt' });
    // The rules still mask a name with a cue, and the numbers around it.
    expect(redactPii('Hi, my name is Maria Lopez, dob 3/14/62, call 415-555-0134.')).toBe('Hi, my name is [NAME], dob [DOB], call [PHONE].');
    // A name only the tagger finds stays: the rules alone, exactly.
    const text = 'It was just that Crosby never picked up the Lyrica.';
    expect(findPii(text)).toEqual(findPiiByRules(text));
    expect(redactPii(text)).toBe(text);
  });
});
