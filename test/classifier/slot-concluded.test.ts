import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { givesSlot } from '../../src/classifier/local/slot-turn.ts';

describe('a short turn that reasons its way to a time (LABELING.md, dialogue turn: a turn that gives a slot books)', () => {
  it.each(['The drive takes an hour, so around 6 pm?', 'it is noon now so maybe 12:45', 'half an hour from now, so at 3 pm.'])('when the turn says %s, then it gives a slot', (text) => {
    expect(givesSlot(text)).toBe(true);
  });

  it.each([
    'the pain started this morning so 2 days ago',
    'I took the first pill at 8 am and the second one late in the evening, so 10 pm',
    'my shift ends late so',
  ])('when the time is a number of days, the text is longer than a turn, or no time ends it (%s), then it gives no slot', (text) => {
    expect(givesSlot(text)).toBe(false);
  });

  it('when the model says informational on such a turn, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: constantModel('informational') });
    expect(await classifier.categorise({ text: 'The drive takes an hour, so around 6 pm?', channel: 'chat' })).toBe('service_action');
  });
});
