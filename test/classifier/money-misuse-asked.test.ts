import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier, secondStage } from '../../src/classifier/local/local-classifier.ts';

const ALWAYS_SAFETY = constantModel('safety_compliance');

describe('a misuse of money or a card told with a question mark (LABELING.md: money someone else took is safety_compliance)', () => {
  it.each([
    "I can't believe someone can just take $500 from my account like that. Shouldn't I get a message?",
    'my card was stolen and used at a gas station, what do I do now?',
    'why is there a charge on my card I never made?',
  ])('when the model says safety on %s, then the safety answer stays', async (text) => {
    expect(secondStage(text, 'safety_compliance', 0.9, 'en')).toBeUndefined();
    const classifier = createLocalClassifier({ model: ALWAYS_SAFETY });
    expect(await classifier.categorise({ text, channel: 'chat' })).toBe('safety_compliance');
  });

  it('when a question tells of no misuse ("could a sinus infection cause loss of taste?"), then the safety answer is still set aside', () => {
    expect(secondStage('could a sinus infection cause loss of taste?', 'safety_compliance', 0.9, 'en')).toBe('asks_health');
  });

  it('when a question denies nothing and names no money ("is the pharmacy never open on sundays?"), then it is still set aside', () => {
    expect(secondStage('is the pharmacy never open on sundays?', 'safety_compliance', 0.6, 'en')).toBe('asks_health');
  });
});

describe('staff asked for with a word of money ("can someone rebill everything to the new plan?")', () => {
  it('when the model says safety on a billing question that asks for someone to act, then the safety answer is set aside as a question', () => {
    const text = 'i switched insurance and you kept billing the old one. can someone rebill everything to the new plan?';
    expect(secondStage(text, 'safety_compliance', 0.9, 'en')).toBe('demoted');
  });
});
