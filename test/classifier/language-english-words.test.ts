import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { detectLanguage } from '../../src/classifier/local/language.ts';

describe('English told by its short words (an English turn is not Tagalog for one "at")', () => {
  it.each([
    "I'm keen on a viewing of the flat at Riverside Court.",
    "I'd rather be there at eight.",
    'we want the room from Friday at noon',
    'Dinner at Luigi’s, if that works.',
  ])('when an English turn holds "at" and few other common words (%s), then the language is English', (text) => {
    expect(detectLanguage(text)).toBe('en');
  });

  it.each(['masakit ang ulo ko at nahihilo ako', 'salamat po, kumain na ako at uminom ng gamot'])('when a Tagalog text holds "at" (%s), then it stays Tagalog', (text) => {
    expect(detectLanguage(text)).toBe('tl');
  });

  it('when the model says safety on an English request to view a flat with "at" in it, then the second stage books it (service_action)', async () => {
    const classifier = createLocalClassifier({ model: constantModel('safety_compliance') });
    expect(await classifier.categorise({ text: "I'm interested in viewing a flat at Riverside Court.", channel: 'chat' })).toBe('service_action');
  });
});
