import { describe, expect, it } from 'vitest';
import { redactPii, redactWithEchoes } from '../../src/observability/redact.ts';

describe('redactWithEchoes(source).term: a guard term of the source', () => {
  it('when the term first occurs inside a name of the source, then it reads as the term scanned alone', () => {
    const source = 'Mitchell here, the new cream makes my arms itch';
    const { redacted, term } = redactWithEchoes(source);
    expect(redacted).not.toContain('Mitchell');
    expect(term('itch')).toBe('itch');
  });

  it('when a term holds an identifier, then it is masked as redactPii masks it, the same on every call', () => {
    const { term } = redactWithEchoes('got a rash after the pills, call me on 415-555-0199');
    expect(term('call me on 415-555-0199')).toBe(redactPii('call me on 415-555-0199'));
    expect(term('call me on 415-555-0199')).not.toContain('555');
    expect(term('call me on 415-555-0199')).toBe(term('call me on 415-555-0199'));
  });
});
