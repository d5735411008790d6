import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/classifier/safety/text.ts';
import { readSeriousness } from '../../src/safety-intake/seriousness.ts';
import type { SignalKinds } from '../../src/safety-intake/subtype.ts';
import { criteriaMet } from '../../src/safety-intake/types.ts';

// Through the route the guard also hears these words as an emergency, which makes the case life-threatening
// on its own. The intake's criterion must not depend on the guard's lexicon: here it reads the words alone.
const NO_GUARD_SIGNAL: SignalKinds = new Set();
const criteriaOfWords = (text: string) => criteriaMet(readSeriousness(foldText(text).folded, NO_GUARD_SIGNAL).flags);

describe('life-threatening words, read without the guard', () => {
  it.each([
    ['last year she had anaphylaxis after the amoxicillin'],
    ['he went into anaphylactic shock after the shot'],
    ['el año pasado tuvo anafilaxia con la amoxicilina'],
    ['the doctor said the reaction was life threatening'],
    ['the doctor said the reaction was life-threatening'],
    ['she isnt breathing well since the amoxicillin'],
    ["she isn't breathing well since the amoxicillin"],
    ["I can't breath since the amoxicillin"],
    ['I cant breathe since the amoxicillin'],
    ['he couldnt breathe after the amoxicillin'],
    ["he couldn't breathe after the amoxicillin"],
  ])('when the message says %j and the guard raised no emergency, then the case is still life-threatening', (text) => {
    expect(criteriaOfWords(text)).toEqual(['life_threatening']);
  });

  it('when the words name no serious outcome and the guard raised nothing, then no criterion is met', () => {
    expect(criteriaOfWords('she had hives after the amoxicillin, breathing fine')).toEqual([]);
  });

  it('when the guard raised an emergency or self-harm, then life-threatening or medically important follow from it alone', () => {
    expect(criteriaMet(readSeriousness(foldText('hives after the amoxicillin').folded, new Set(['emergency'])).flags)).toEqual(['life_threatening']);
    expect(criteriaMet(readSeriousness(foldText('hives after the amoxicillin').folded, new Set(['self_harm'])).flags)).toEqual(['other_medically_important']);
  });
});
