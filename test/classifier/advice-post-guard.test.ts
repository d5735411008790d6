import { describe, expect, it } from 'vitest';
import { createLocalClassifier, secondStage } from '../../src/classifier/local/local-classifier.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

// A forum post about the writer's own health that asks for advice in words, with no question mark and no
// medicine (issue #11, the ichi kind; LABELING.md, a personal symptom with no product): it asks, as a
// question does, so the guard reads its symptoms as a health question and the second stage does not
// promote them to a report.
const DIZZY_POST =
  "I'm 29 and for the last three weeks I keep getting dizzy spells and chest pain in the afternoon, my blood work came back " +
  'normal and my doctor says it is stress. Any advice would be appreciated, thanks';
const RASH_POST =
  'My daughter is 6 and has had a rash on her arms and a fever for three days now, she is eating fine and playing. ' +
  'We saw the doctor on Monday. Please let me know what you think, thanks';

describe('a post that asks for advice on the own health, with no medicine in it', () => {
  it.each([DIZZY_POST, RASH_POST])('when the post tells of symptoms and asks for advice (%j), then the guard does not fire', (text) => {
    const scan = scanSafety(text);
    expect(scan.fired).toBe(false);
    expect(scan.suppressed.every((s) => s.reason === 'no_medication')).toBe(true);
  });

  it('when the model answers safety on such a post, then the answer is informational', async () => {
    const answer = await createLocalClassifier().classify({ text: DIZZY_POST, channel: 'chat' });
    expect(answer.category).toBe('informational');
  });

  it('when the model answers informational on such a post, then the second stage does not promote it to a report', () => {
    // The guard sets the fever aside for want of a medicine; a statement of it would be promoted.
    const text =
      'For a week now I get a low fever every evening and some night sweats, the clinic said it is viral and to rest at home. ' +
      'Any advice would be appreciated, thanks';
    expect(scanSafety(text).fired).toBe(false);
    expect(secondStage(text, 'informational', 0.4)).toBeUndefined();
  });

  it.each([
    [
      'a dose',
      'I was on 50 mg for a week and woke up with horrible jaw pain and nightmares every night, I am wondering whether these effects will pass, any advice appreciated thanks',
    ],
    [
      'an emergency',
      'For two weeks I have had headaches and yesterday I passed out and ended up in the ER, my tests were normal and nobody can tell me why. Any advice would help, thanks',
    ],
  ])('when the post also tells of %s, then the guard still fires', (_what, text) => {
    expect(scanSafety(text).fired).toBe(true);
  });
});

describe('a question on the own health in a post that asks for advice', () => {
  it('when the post says "please" and asks with a question mark, then a safety answer set aside lands on informational, not the runner-up', () => {
    const text =
      "I'm 34 and for two months I have had a tight chest when I climb stairs, my blood work was normal. Could it be my " +
      'heart? Please, any advice would be appreciated, thanks';
    expect(secondStage(text, 'safety_compliance', 0.8)).toBe('asks_health');
    // A short request with "please" still asks someone to act.
    expect(secondStage('My chest feels tight, can you please book me in for Thursday?', 'safety_compliance', 0.8)).not.toBe('asks_health');
  });
});
