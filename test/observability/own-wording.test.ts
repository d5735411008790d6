import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/domain.ts';
import { findPii, redactPii, rememberOwnWording } from '../../src/observability/redact.ts';
import '../../src/triage/decide.ts';
import '../../src/safety-intake/build-case.ts';
import { FIXED_PEOPLE_VALUES } from '../../src/safety-intake/people.ts';

describe('own wording remembered by the redactor', () => {
  it('when a remembered string holds something the detectors mask, then redactPii still answers it masked', () => {
    const wording = 'fixed line for the test, call 555-201-8890';
    rememberOwnWording([wording]);
    expect(redactPii(wording)).toBe('fixed line for the test, call [PHONE]');
  });

  it('when the fixed wording of decisions, facts and categories is redacted, then it comes back unchanged, as a scan finds nothing in it', () => {
    const fixed = ['no human review needed', 'human review: safety_compliance is always reviewed', 'customer on file', ...FIXED_PEOPLE_VALUES, ...CATEGORIES];
    for (const text of fixed) {
      expect(findPii(text)).toEqual([]);
      expect(redactPii(text)).toBe(text);
    }
  });
});
