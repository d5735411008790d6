import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectRegexes } from '../../scripts/regex/collect.ts';
import { REGEX_ALLOW_LIST, REGEX_SITES_READ_BY_HAND } from '../../scripts/regex/allow-list.ts';

// The whole of src/ takes minutes through recheck: `npm run check:regex` does it (.ci/run runs it after
// the tests). Here: the collector, the checker on a sample (the shapes fixed in src, before and after),
// and that every allow-list entry still names a regex of src/.
process.env.RECHECK_SYNC_BACKEND = 'pure';
const { checkSync } = createRequire(import.meta.url)('recheck') as typeof import('recheck');
// The automaton checker decides these without fuzzing: no time limit, no randomness.
const status = (source: string, flags = '') => {
  const d = checkSync(source, flags, { timeout: null, checker: 'automaton' });
  return d.status === 'vulnerable' ? d.complexity.type : d.status;
};
const root = resolve(import.meta.dirname, '../..');

describe('the regex collector', () => {
  it('when a file holds literals, constructors and regex-like text in comments and strings, then only the regexes are found', () => {
    const dir = mkdtempSync(join(tmpdir(), 'regex-collect-'));
    mkdirSync(join(dir, 'src'));
    writeFileSync(
      join(dir, 'src/a.ts'),
      [
        '// not a regex: /x+y/',
        "const s = '/not+a/regex';",
        'const A = /a+b/giu;',
        "const B = new RegExp('c' + 'd*', 'y');",
        'const C = RegExp(`${s}e`);',
        'const D = 6 / 2 / 3;',
      ].join('\n'),
    );
    const found = collectRegexes(join(dir, 'src'), dir);
    expect(found.map((f) => [f.line, f.kind, f.source, f.flags, f.dynamic])).toEqual([
      [3, 'literal', 'a+b', 'giu', undefined],
      [4, 'constructor', 'cd*', 'y', undefined],
      [5, 'constructor', undefined, '', 'RegExp(`${s}e`)'],
    ]);
  });
});

describe('recheck on the pure-JS backend', () => {
  it('when a pattern backtracks exponentially, then it is reported so', () => {
    expect(status('^(a|a)*$')).toBe('exponential');
  });

  it.each([
    ['two stars over the same class around an optional comma', String.raw`^[ \t]*,?[ \t]*$`, String.raw`^[ \t]*(?:,[ \t]*)?$`, ''],
    ['two stars around an optional word', String.raw`^\s*[\p{L}'’.-]*\s*$`, String.raw`^\s*(?:[\p{L}'’.-]+\s*)?$`, 'u'],
    ['a newline, then any whitespace, then a letter', String.raw`\n\s*\S`, String.raw`\n[^\S\n]*\S`, ''],
  ])('when %s is rewritten as in src, then the quadratic form is safe', (_name, before, after, flags) => {
    expect(status(before, flags)).toBe('polynomial');
    expect(status(after, flags)).toBe('safe');
  });
});

describe('the allow-lists of the regex check', () => {
  const found = collectRegexes(join(root, 'src'), root);

  it.each(REGEX_ALLOW_LIST.map((a) => [a.file, a.source, a.why]))('when %s is allow-listed, then its pattern is still a literal there and has a reason', (file, source, why) => {
    expect(found.some((f) => f.file === file && f.source === source)).toBe(true);
    expect(why.length).toBeGreaterThan(20);
  });

  it.each(REGEX_SITES_READ_BY_HAND.map((h) => [h.file, h.call]))('when the built pattern at %s is read by hand, then that call is still there', (file, call) => {
    expect(found.some((f) => f.file === file && f.dynamic?.startsWith(call))).toBe(true);
  });
});
