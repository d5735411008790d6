import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isRoutineAccountRequest } from '../../src/classifier/local/account-request.ts';
import { isRoutineCardRequest } from '../../src/classifier/local/card-request.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

const ALWAYS_SAFETY = constantModel('safety_compliance');

describe('a lost card typed in haste and a claim the customer made (LABELING.md: a lost card and routine account work are service_action)', () => {
  it.each(['i lost my credit crad', 'i lost my credit gard', 'report my lost credit cartd', 'my card missed', 'my card was missed please help me'])(
    'when the text says %s, then it is a routine card request',
    (text) => {
      expect(isRoutineCardRequest(text)).toBe(true);
    },
  );

  it.each(['i made a insurance claim', 'i made a claim last week and want to know the status of it', 'we filed a claim for the water damage'])(
    'when the customer tells of a claim they made (%s), then it is routine account work',
    (text) => {
      expect(isRoutineAccountRequest(text)).toBe(true);
    },
  );

  it('when the model says safety on a lost card typed in haste, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_SAFETY });
    expect(await classifier.categorise({ text: 'i lost my credit crad', channel: 'chat' })).toBe('service_action');
  });

  it.each([
    'my credit crad was stolen',
    'someone made a claim in my name, i never filed one',
    'i made a claim but there are charges on my card i do not recognise',
    'my card missed and now there are purchases on it i did not make',
  ])('when the card or the claim comes with a misuse (%s), then safety stays', async (text) => {
    expect(isRoutineCardRequest(text) || isRoutineAccountRequest(text)).toBe(false);
    const classifier = createLocalClassifier({ model: ALWAYS_SAFETY });
    expect(await classifier.categorise({ text, channel: 'chat' })).toBe('safety_compliance');
  });

  it("when a claim comes with a reaction (\"I'd like to report a reaction\"), then the guard keeps it safety", async () => {
    const text = "I'd like to report a reaction to the new insulin, I made a claim for the ER visit";
    expect(scanSafety(text).fired).toBe(true);
    const classifier = createLocalClassifier({ model: ALWAYS_SAFETY });
    expect(await classifier.categorise({ text, channel: 'chat' })).toBe('safety_compliance');
  });
});
