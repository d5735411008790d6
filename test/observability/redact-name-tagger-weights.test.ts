import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TAGGER_FILE, parseTagger, scoreCompiled, scoreTokens } from '../../src/observability/redact/name-tagger.ts';
import { compileWeights, partsOf } from '../../src/observability/redact/name-tagger-weights.ts';
import { contextOf } from '../../src/observability/redact/name-tagger-features.ts';
import { tokenize } from '../../src/observability/redact/spoken-names.ts';

/** The development sets' texts (figures-only sets, real-names-test and holdout-v4, are never read). */
function devTexts(): string[] {
  const root = join(import.meta.dirname, '../../data/pii');
  const dirs = readdirSync(root).filter((d) => d.startsWith('dev-names-') || d === 'real-names-dev');
  return dirs.flatMap((d) =>
    readdirSync(join(root, d))
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(join(root, d, f), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => (JSON.parse(l) as { text: string }).text)),
  );
}

describe("the name tagger's compiled weights (no feature strings built per word)", () => {
  it('when a feature value is cut into its parts, then the one part that may hold a "|" keeps it, the others are split off', () => {
    expect(partsOf('Xx4|FL|lc', 3, -1)).toEqual(['Xx4', 'FL', 'lc']);
    expect(partsOf('Xx4|FL', 3, -1)).toBeNull();
    expect(partsOf('a|b|K', 2, 0)).toEqual(['a|b', 'K']);
    expect(partsOf('K|a|b', 2, 1)).toEqual(['K', 'a|b']);
    expect(partsOf('nobar', 2, 1)).toBeNull();
  });

  it('when a toy model is compiled, then a token scores the sum of its features that the model holds, others adding nothing', () => {
    const text = 'Ana said hi';
    const c = contextOf(text, tokenize(text));
    const weights = new Map([['b', 0.5], ['w=ana', 2], ['pw=^', 0.25], ['nwc=-|said', 100], ['so=Xx3|o', 1], ['bt=^|Xx3', 4], ['unrelated', 9], ['pwc=x|y', 7]]);
    const compiled = compileWeights(weights);
    const plain = scoreTokens({ weights }, c);
    expect(scoreCompiled(compiled, c)).toEqual(plain);
    expect(plain[0]).toBe(0.5 + 2 + 1 + 0.25 + 4);
  });

  it('when the shipped model scores every development text, then the compiled weights give the same scores to the bit', () => {
    const model = parseTagger(readFileSync(TAGGER_FILE, 'utf8'));
    const compiled = compileWeights(model.weights);
    const texts = [...devTexts(), 'Tell Mia | Ruiz=ok', 'ЖАННА called; "Zoë" | and', 'x'];
    expect(texts.length).toBeGreaterThan(1000);
    let differ = 0;
    let scored = 0;
    for (const text of texts) {
      const c = contextOf(text, tokenize(text));
      const a = scoreTokens(model, c);
      const b = scoreCompiled(compiled, c);
      scored += a.filter((s) => s !== -Infinity).length;
      if (a.some((s, i) => !Object.is(s, b[i]))) differ++;
    }
    expect(scored).toBeGreaterThan(1000);
    expect(differ).toBe(0);
  });
});
