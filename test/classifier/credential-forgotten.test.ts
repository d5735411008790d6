import { describe, expect, it } from 'vitest';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

describe('a password or a user id forgotten is account work, not a memory symptom (LABELING.md: reset a password is service_action)', () => {
  it.each([
    'i cant remember my password',
    "I can't remember my user id for the app",
    'cannot remember which email I signed up with',
    "i couldn't remember the pin so it locked",
    "can't remember my policy number",
  ])('when the text says %s, then the guard does not fire', (text) => {
    expect(scanSafety(text).fired).toBe(false);
  });

  it.each(['i cant remember anything since the new pills', 'since starting the patch I cannot remember where I park'])(
    'when the text says %s, then the memory loss is still heard',
    (text) => {
      expect(scanSafety(text).fired).toBe(true);
    },
  );
});
