import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isRoutineCardOrAccountStatement } from '../../src/classifier/local/card-request.ts';

const ALWAYS_INFORMATIONAL = constantModel('informational');

describe('routine card or account work told as a statement (LABELING.md: a lost card, a look-up or a change on the own account is service_action)', () => {
  it.each(['my debit card is lost pls help', 'i misplaced my bank card yesterday', 'moved house last month so update my home address', 'i need my savings balance'])(
    'when the text says %s, then it is routine card or account work told as a statement',
    (text) => {
      expect(isRoutineCardOrAccountStatement(text)).toBe(true);
    },
  );

  it.each(['how do i activate my new card', 'what is my savings balance?', 'can a lost card be replaced abroad', 'someone has my lost card and used it'])(
    'when the text asks how things work, asks a plain question or tells of a misuse (%s), then it is not',
    (text) => {
      expect(isRoutineCardOrAccountStatement(text)).toBe(false);
    },
  );

  it('when the model says informational on a lost card told as a statement, then the answer is service_action and says why', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_INFORMATIONAL });
    const answer = await classifier.classify({ text: 'my debit card is lost pls help', channel: 'chat' });
    expect(answer.category).toBe('service_action');
    expect(answer.reasoning).toContain('a card lost');
  });

  it('when card work is also worded as a wish to know ("hey sam, i would like to know the status of the claim i filed"), then the card work wins: service_action', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_INFORMATIONAL });
    const answer = await classifier.classify({ text: 'hey sam, i would like to know the status of the claim i filed', channel: 'chat' });
    expect(answer.category).toBe('service_action');
    expect(answer.reasoning).toContain('a card lost');
  });

  it('when the model says informational on a question about how a card works, then it stays informational', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_INFORMATIONAL });
    expect(await classifier.categorise({ text: 'how do i activate my new card', channel: 'chat' })).toBe('informational');
  });
});
