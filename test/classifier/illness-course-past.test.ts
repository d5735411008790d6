import { describe, expect, it } from 'vitest';
import { deniesAnyEffect } from '../../src/classifier/safety/denial.ts';
import { tellsIllnessCourse } from '../../src/classifier/safety/illness-course.ts';
import { foldText } from '../../src/classifier/safety/text.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

const folded = (text: string) => foldText(text).folded;

// The illness told at a stage of the writer's life, in the habitual past, at its diagnosis or during its own
// episodes (issue #11, second round; LABELING.md, review sentence: the illness's own course is no report).
describe('the illness told at a stage of life or in the habitual past', () => {
  it.each([
    'I had panic attacks all through high school',
    'my headaches used to last two whole days',
    'I was always thirsty and tired before I got diagnosed',
    'I had bad eczema as a kid',
    'my chest would get tight during the attacks',
  ])('when a review sentence tells %j, then it reads as the illness course', (text) => {
    expect(tellsIllnessCourse(folded(text))).toBe(true);
  });

  it.each([
    ['a habit denied (a new symptom)', 'I never used to get headaches'],
    ['what changed', 'I used to sleep fine, now I can not'],
    ['the medicine as the cause', 'I used to get a rash from it'],
    ['a time of the treatment', 'early in the treatment my scalp used to itch and flake'],
  ])('when the sentence tells %s, then it is no illness course', (_what, text) => {
    expect(tellsIllnessCourse(folded(text))).toBe(false);
  });

  it('when a habit of the past is denied, then it is no denial of a symptom', () => {
    const text = 'I never used to get headaches';
    const negated = scanSafety(text).suppressed.map((s) => s.term);
    expect(deniesAnyEffect(folded(text), negated)).toBe(false);
  });
});
