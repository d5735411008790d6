import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier, secondStage } from '../../src/classifier/local/local-classifier.ts';

describe('a safety answer on a one-sentence request for information with no guard term and no medicine (LABELING.md: informational)', () => {
  it.each([
    'I need walking directions from the hospital to Pine Street at 4 pm',
    'OK Google, list all of my upcoming alarms.',
    'show me the latest news about the bank',
    'tell me the opening hours of the clinic on Sunday',
  ])('when the model says safety on %s, then it is informational', (text) => {
    expect(secondStage(text, 'safety_compliance', 0.9, 'en')).toBe('asks_information');
  });

  it.each([
    "whats the point of refilling anything. i won't be around",
    'what is the point of going on anymore',
    'tell me what to do about the ibuprofen my son swallowed',
    'tell me what to do, my lips are swelling since I started lisinopril',
  ])('when the text says more, speaks of giving up, names a medicine or the guard hears a term (%s), then a safety answer stands', (text) => {
    expect(secondStage(text, 'safety_compliance', 0.9, 'en')).not.toBe('asks_information');
  });

  it('when the model says safety on directions to the hospital, then the answer is informational and says why', async () => {
    const classifier = createLocalClassifier({ model: constantModel('safety_compliance') });
    const answer = await classifier.classify({ text: 'I need driving directions from the hospital to Main Street at 3pm', channel: 'chat' });
    expect(answer.category).toBe('informational');
    expect(answer.reasoning).toContain('asks to be told or shown');
  });
});
