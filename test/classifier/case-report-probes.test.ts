import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

// The project's own case-report probes (data/corpus/probes/case-report/README.md): the DEV half, studied while
// the case-report readings were written. The service's answer without a key is the local classifier with the guard on top.
const dir = new URL('../../data/corpus/probes/case-report/', import.meta.url);
const lines = (name: string) => readFileSync(new URL(name, dir), 'utf8').split('\n').filter((line) => line.trim() !== '');

const local = createLocalClassifier();

async function serviceAnswer(text: string): Promise<string> {
  if (scanSafety(text).fired) return 'safety_compliance';
  return (await local.classify({ text, channel: 'api' })).category;
}

describe('case-report probes written by the project (DEV half)', () => {
  it.each(lines('pos-dev.txt'))('when the report sentence %j is classified, then it is safety_compliance', async (text) => {
    expect(await serviceAnswer(text)).toBe('safety_compliance');
  });

  // At most 5 since session 12 (3 before): the model's safety bias went back to 1.3 after the Druglib.com sets left
  // training (a missed report counts as 10 errors when it is chosen), which trades these false alarms for reports.
  // At most 6 since session 14: model 1-b6a402b6's bias came out 1.6 out-of-fold on the larger corpus.
  // At most 7 since session 16: the naive Bayes half of model 2-* leans "All patients received standard care ..." to
  // safety (the register of the VAERS narratives); out of source it gained more than this (README, "Session 16").
  it('when the 60 clinical sentences that tell no event are classified, then at most 7 are sent to compliance', async () => {
    const alarms: string[] = [];
    for (const text of lines('neg-dev.txt')) if ((await serviceAnswer(text)) === 'safety_compliance') alarms.push(text);
    expect(alarms.length).toBeLessThanOrEqual(7);
  });
});
