import { describe, expect, it } from 'vitest';
import { probeLine } from '../../../scripts/probes/count.ts';

describe('npm run probes: the expected category of a probe line', () => {
  it('when a line carries a category in either tab-separated column, then that category is expected and the other column is the text', () => {
    expect(probeLine('neg-check.tsv', 'informational\tdoes lexapro cause weight gain?')).toEqual({ expected: 'informational', text: 'does lexapro cause weight gain?' });
    expect(probeLine('check.tsv', 'the top up i did this morning failed\tservice_action')).toEqual({ expected: 'service_action', text: 'the top up i did this morning failed' });
  });

  it.each([
    ['safety-check.txt', 'safety_compliance'],
    ['pos-check2.txt', 'safety_compliance'],
    ['adr-check.txt', 'safety_compliance'],
    ['info-check.txt', 'informational'],
    ['neg-check3.txt', 'informational'],
    ['eff-check.txt', 'informational'],
    ['ssi-check.txt', 'informational'],
    ['other-check.txt', 'informational'],
    ['treat-check.txt', 'informational'],
    ['taken-check.txt', 'informational'],
    ['forum-check.txt', 'informational'],
  ])('when a plain line stands in %s, then the file name says %s', (file, expected) => {
    expect(probeLine(file, 'My son has had a fever since Monday.')).toEqual({ expected, text: 'My son has had a fever since Monday.' });
  });

  it('when neither the line nor the file name says a category, then the line is not counted', () => {
    expect(probeLine('notes.txt', 'a line')).toBeUndefined();
    expect(probeLine('check.tsv', 'routine\ta line')).toBeUndefined();
  });
});
