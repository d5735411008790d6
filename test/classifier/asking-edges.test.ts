import { describe, expect, it } from 'vitest';
import { secondStage } from '../../src/classifier/local/local-classifier.ts';
import { isShortQuestionInWords } from '../../src/classifier/safety/asking.ts';

// Edges of the question readings (asking.ts) found by mutation testing (README, "Mutation testing").
describe('questions asked in words: one short sentence opening with a question word', () => {
  it.each(['What about my ear pain', 'Will the eye infection heal on its own', 'how long does the soreness last'])(
    'when one short sentence opens with a question word (%j), then it is a question in words',
    (text) => {
      expect(isShortQuestionInWords(text)).toBe(true);
    },
  );

  it('when a typed question puts two spaces between its words, then its length is counted in words, not in gaps', () => {
    const spaced = 'will  the  eye  infection  heal  on  its  own  or  does  it  need  drops';
    expect(spaced.split(' ').filter((w) => w !== '')).toHaveLength(13);
    expect(isShortQuestionInWords(spaced)).toBe(true);
  });

  it.each(['Why. I was fine yesterday and now my ear hurts', 'what a week! my ear hurts since monday'])(
    'when the question word only opens a first sentence that another follows (%j), then it is not a short question',
    (text) => {
      expect(isShortQuestionInWords(text)).toBe(false);
    },
  );
});

describe('a statement the guard read as general only for a modal or an "if"', () => {
  it('when a statement tells what happens when the writer takes the medicine late, then it is read as a report', () => {
    expect(secondStage('If I take it late, I can feel sleepy next day', 'informational', 0.3)).toBe('promoted');
  });

  it('when the same words open as a spoken question, then the model keeps its answer', () => {
    expect(secondStage('Can taking it late make me feel sleepy the next day', 'informational', 0.3)).toBeUndefined();
  });
});
