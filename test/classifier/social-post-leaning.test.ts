import { describe, expect, it } from 'vitest';
import { secondStage } from '../../src/classifier/local/local-classifier.ts';
import { leansToReport, LEANING_RATIO, SOCIAL_POST_LEANING_RATIO } from '../../src/classifier/local/leaning.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

const leans = (text: string, safety: number, top: number, socialPost = false) => leansToReport(text, scanSafety(text), safety, top, 'en', socialPost);

/**
 * A post tagged for social media on a medicine it names (LABELING.md, a social-media post about the writer's own
 * medicine): its questions are asked of its readers, and it leans to a report from odds 1:3; with a question, only
 * on a symptom the guard set aside. A tweet's "X = Y" is no key=value form.
 */
describe('leaning on a tagged post that names a drug', () => {
  it('when the odds are 1:3, then a tagged post naming a drug leans and an untagged one does not', () => {
    expect(SOCIAL_POST_LEANING_RATIO).toBeGreaterThan(LEANING_RATIO);
    const text = '@sam week 3 of #lexapro and everything is so off';
    expect(leans(text, 0.22, 0.6, true)).toBe(true);
    expect(leans(text, 0.22, 0.6, false)).toBe(false);
  });

  it('when the odds are below 1:3, then even a tagged post does not lean', () => {
    expect(leans('@sam week 3 of #lexapro and everything is so off', 0.19, 0.6, true)).toBe(false);
  });

  it('when a tagged post names only a class of medicine, then the ordinary odds hold', () => {
    expect(leans('@sam week 3 of my #meds and everything is so off', 0.22, 0.6, true)).toBe(false);
    expect(leans('@sam week 3 of my #meds and everything is so off', 0.31, 0.6, true)).toBe(true);
  });

  it('when a tagged post asks its readers beside a symptom it tells, then it leans; an untagged question does not', () => {
    const text = '@sam how long do #paxil brain zaps last?? still zapping';
    expect(scanSafety(text).fired).toBe(false);
    expect(leans(text, 0.4, 0.6, true)).toBe(true);
    expect(leans(text, 0.4, 0.6, false)).toBe(false);
  });

  it('when a tagged post only asks about a named drug, then it does not lean', () => {
    expect(leans('@jenny is #lexapro worth trying?', 0.4, 0.6, true)).toBe(false);
  });

  it.each([['@jenny day 4 of #lexapro, anyone else??'], ['#lexapro day 4, who else?'], ['@jenny #lexapro day 4, is this normal?']])(
    'when a tagged post asks its readers to compare ("%s"), then it leans on the named drug',
    (text) => {
      expect(leans(text, 0.4, 0.6, true)).toBe(true);
      expect(leans(text, 0.4, 0.6, false)).toBe(false);
    },
  );

  it('when a tweet tells an equation with spaces, then it may lean; key=value form does not', () => {
    expect(leans('seroquel = zombie mode all day', 0.4, 0.6)).toBe(true);
    expect(leans('drug=seroquel effect=zombie', 0.4, 0.6)).toBe(false);
  });
});

describe('the second stage on a tagged post with a question', () => {
  it('when the guard set its symptom aside only for the question, then the post is read as a report', () => {
    expect(['promoted', 'leaning']).toContain(secondStage('@sam how long do #paxil brain zaps last?? still zapping', 'informational', 0.25, 'en', 0.7));
  });

  it('when a tagged post only asks about a drug, then the model answer stands', () => {
    expect(secondStage('@jenny is #lexapro worth trying?', 'informational', 0.3, 'en', 0.6)).toBeUndefined();
  });

  it('when the same words are not tagged, then the question keeps the model answer', () => {
    expect(secondStage('how long do paxil brain zaps last?? still zapping', 'informational', 0.25, 'en', 0.7)).toBeUndefined();
  });
});
