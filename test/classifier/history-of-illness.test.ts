import { describe, expect, it } from 'vitest';
import { createLocalClassifier, secondStage } from '../../src/classifier/local/local-classifier.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

// Review sentences that tell the history of the illness a medicine is for (issue #11; LABELING.md, a
// personal symptom or history with no product link): a condition lived with for years is what the
// medicine treats, not what it did, unless the sentence ties an onset to a medicine or a change.
describe('a long history of the condition a medicine is for', () => {
  it.each([
    ['I have suffered from anxiety and panic attacks for over ten years.', ['anxiety', 'panic attacks']],
    ['I have had depression since I was a teenager.', ['depression']],
    ['She has struggled with severe migraines all her adult life.', ['migraines']],
  ])('when the sentence tells of a condition lived with for years (%j), then the guard reads it as what a medicine is for', (text, terms) => {
    const scan = scanSafety(text);
    expect(scan.fired).toBe(false);
    expect(scan.suppressed.filter((s) => s.reason === 'indication').map((s) => s.term)).toEqual(expect.arrayContaining(terms));
  });

  it('when the model answers safety on such a sentence, then the second stage sets it aside to informational with the reason said', async () => {
    const text = 'I have had bad migraines since I was a teenager.';
    expect(secondStage(text, 'safety_compliance', 0.73)).toBe('history');
    const classifier = createLocalClassifier();
    expect(classifier.explain(text).best).toBe(2); // the premise: the model alone answers safety_compliance
    const answer = await classifier.classify({ text, channel: 'chat' });
    expect(answer.category).toBe('informational');
    expect(answer.reasoning).toContain('a condition the writer has had for years');
  });

  it.each([
    ['a symptom suffered with no long time', 'I suffered from nightmares and hallucinations.'],
    ['an onset after starting', 'I have had headaches since starting it, and for years before that.'],
    ['a dose raised in the same sentence', 'I have chronic migraines and as I raised my dose of Lyrica, it raised how often the migraines came.'],
    ['a symptom on the medicine', 'I have had trouble sleeping for years, and worse nightmares on this pill.'],
  ])('when the sentence also tells of %s, then the guard still fires', (_what, text) => {
    expect(scanSafety(text).fired).toBe(true);
  });
});
