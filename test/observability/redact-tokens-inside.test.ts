import { describe, expect, it } from 'vitest';
import { tokensInside } from '../../src/observability/redact/name-repeats.ts';
import { tokenize } from '../../src/observability/redact/spoken-names.ts';

const naive = (text: string, names: Array<{ start: number; end: number }>) =>
  tokenize(text).map((t) => (names.some((n) => n.start <= t.start && t.end <= n.end) ? 1 : 0));

describe('which tokens a found name holds whole (namesRecurring reads it once per token)', () => {
  const text = 'i told kevin o brien then kevin transferred me to sue ellen rutherford';
  const at = (words: string) => ({ kind: 'name' as const, start: text.indexOf(words), end: text.indexOf(words) + words.length });

  it.each([
    ['no name', []],
    ['one name of one word', [at('kevin')]],
    ['names out of order, one of three words', [at('sue ellen rutherford'), at('kevin o brien')]],
    ['a span cutting a word short, and one past the end', [{ kind: 'name' as const, start: 7, end: 10 }, { kind: 'name' as const, start: 60, end: 200 }]],
    ['overlapping spans', [at('kevin o'), at('o brien')]],
  ])('when the names are %s, then the tokens marked are those the naive test marks', (_, names) => {
    expect([...tokensInside(tokenize(text), names)]).toEqual(naive(text, names));
  });

  it('when a name holds two words, then exactly those two are marked', () => {
    const marked = [...tokensInside(tokenize(text), [at('sue ellen')])];
    expect(marked.filter((m) => m === 1)).toHaveLength(2);
    expect(tokenize(text).filter((_, i) => marked[i] === 1).map((t) => t.word)).toEqual(['sue', 'ellen']);
  });
});
