import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isRequestTurn } from '../../src/classifier/local/request-turn.ts';

describe('a turn that takes a choice offered (LABELING.md: the customer wants something done -> service_action)', () => {
  it.each(["i'll take the 20 gb plan", 'we will go with the aisle seats', "let's go with the cheaper one", 'I will have the premium channels', "I'll try the Italian place"])(
    'when the text says %s, then it is a request',
    (text) => {
      expect(isRequestTurn(text)).toBe(true);
    },
  );

  it.each(["I'll take two tablets tonight", 'I will take my metformin with dinner', 'will I take the bus or the train?'])(
    'when the choice is a dose of a medicine or a question (%s), then it is no request',
    (text) => {
      expect(isRequestTurn(text)).toBe(false);
    },
  );

  it('when the model says informational on a choice taken, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: constantModel('informational') });
    expect(await classifier.categorise({ text: 'ok great, i will take the unlimited data plan', channel: 'chat' })).toBe('service_action');
  });
});
