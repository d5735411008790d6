import { describe, expect, it } from 'vitest';
import { createLocalClassifier, secondStage } from '../../src/classifier/local/local-classifier.ts';

// A long post on the writer's or a relative's health that names no medicine, treatment or product (issue #11;
// LABELING.md, a personal symptom or history with no product): informational even with no question mark.
const FATHER =
  'My father is 80 and over the last two years he repeats questions and wanders off on the way home from the shops. ' +
  'His doctor did some blood tests that were normal and now wants a scan of his head. We are worried about what the results could show and what happens next for him and for us.';
const DAUGHTER =
  'My daughter is 14 and she is always cold, her hair is thinning and she sleeps twelve hours at weekends. Her school grades are slipping and she seems sad. ' +
  'The doctor said it is probably her age but I am not so sure and would like to know more about what could be going on.';

describe('a long health post with no product', () => {
  it.each([FATHER, DAUGHTER])('when the model answers safety on %j, then the second stage sets it aside to informational', (text) => {
    expect(secondStage(text, 'safety_compliance', 0.95)).toBe('health_post');
  });

  it('when the local classifier answers such a post, then the reasoning says why it is no report', async () => {
    const answer = await createLocalClassifier().classify({ text: DAUGHTER, channel: 'chat' });
    expect(answer.category).toBe('informational');
    expect(answer.reasoning).toContain('names no medicine, treatment or product');
  });

  it.each([
    ['a treatment, even unnamed', FATHER.replace('over the last two years he', 'since he started the new tablets two years ago he')],
    ['a change told as undergone', FATHER.replace('he repeats questions', 'he has become forgetful')],
    ['a short text', 'My father is 80 and wanders off on the way home. His doctor did some blood tests that were normal.'],
    ['no doctor, test or relative', 'I am tired all the time these days and everything seems grey and slow, I sleep badly and wake at four most mornings and lie there thinking about work and money and the future and cannot get back to sleep however hard I try.'],
  ])('when the post tells of %s, then the second stage leaves the safety answer', (_what, text) => {
    expect(secondStage(text, 'safety_compliance', 0.95)).not.toBe('health_post');
  });
});
