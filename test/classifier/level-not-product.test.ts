import { describe, expect, it } from 'vitest';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

// A vitamin or mineral named as a measured level or a lack is a test result, not a product taken (issue #11;
// LABELING.md, a personal symptom with no product): the symptoms asked about beside it have nothing to be a reaction to.
describe('a vitamin or mineral named as a level', () => {
  it.each([
    'I get a burning pain in my feet at night. My vitamin B12 was low. Could that be the cause?',
    'I feel tired all the time and my iron levels are low. What could be causing this?',
    'My legs are weak and numb, the doctor said I have low potassium. Is that serious?',
  ])('when the writer asks %j, then the guard reads no medicine in it', (text) => {
    const scan = scanSafety(text);
    expect(scan.fired).toBe(false);
    expect(scan.suppressed.map((s) => s.reason)).toContain('no_medication');
  });

  it.each([
    ['a supplement taken', 'I started taking vitamin B12 and now my feet burn at night. Could that be the cause?'],
    ['iron pills', 'Since the iron pills I get terrible cramps. Is that normal?'],
    ['a level beside a named drug', 'My potassium was high after starting lisinopril and my legs feel weak. Should I worry?'],
  ])('when the message tells of %s, then the guard still fires', (_what, text) => {
    expect(scanSafety(text).fired).toBe(true);
  });
});
