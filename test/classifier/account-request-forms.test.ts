import { describe, expect, it } from 'vitest';
import { isRoutineAccountRequest } from '../../src/classifier/local/account-request.ts';

// The forms of routine account work and of the words that make it none (src/classifier/local/account-request.ts)
// that account-request.test.ts leaves out. LABELING.md: a charge the customer does not recognise is safety_compliance,
// so each word of money the customer cannot account for must keep a text from reading as routine work. Found by
// mutation testing (stryker.readings.config.mjs, group money).
const ROUTINE = 'my card bill has an extra fee on it';

describe('money the customer cannot account for, beside routine account work', () => {
  it('when the text tells only of the routine work, then it is routine', () => {
    expect(isRoutineAccountRequest(ROUTINE)).toBe(true);
  });

  it.each([
    ', I recognised nothing',
    ', it looks suspiciously high',
    ' and the refund disappeared',
    ' and my cash vanished',
    ', my card may be compromised',
    ', I authorised none of it',
    ' after a data breach',
    ' after a phishing text',
    ' and it is not ours',
  ])('when the text goes on %j, then it is no routine work', (words) => {
    expect(isRoutineAccountRequest(ROUTINE + words)).toBe(false);
  });
});
