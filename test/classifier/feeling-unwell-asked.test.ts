import { describe, expect, it } from 'vitest';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

// A feeling of being unwell asked about with nothing it could be a reaction to (issue #11; LABELING.md, a
// personal symptom or history with no product): a health question, as a symptom word asked about is.
describe('feeling unwell, asked about with no medicine or product', () => {
  it.each([
    'I feel awful most mornings and my blood work came back normal. What else could cause this?',
    "My husband says he doesn't feel well since he got back from a trip. Should he be tested for parasites?",
    'Something is off with me lately. Is that dangerous?',
    'My mom is not herself since the stroke last year. Is this common after a stroke?',
  ])('when the writer asks about %j, then the guard sets the feeling aside for want of a medicine', (text) => {
    const scan = scanSafety(text);
    expect(scan.fired).toBe(false);
    expect(scan.suppressed.map((s) => s.reason)).toEqual(['no_medication']);
  });

  it.each([
    ['a medicine named', 'I started Zoloft 3 weeks ago and I feel weird, like I am not really here. Is this a side effect?'],
    ['a shot named', 'I have felt awful since my booster shot yesterday. Is this normal?'],
    ['no question', 'I feel awful most mornings and my blood work came back normal.'],
    ['an event phrase, not a feeling', 'My dad ended up in the ER last night with chest pain. What tests will they do?'],
    ['a cause told', 'It made me sick for a week, should I keep going?'],
  ])('when the message tells of %s, then the guard still fires', (_what, text) => {
    expect(scanSafety(text).fired).toBe(true);
  });
});
