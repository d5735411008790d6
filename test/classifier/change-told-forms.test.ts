import { describe, expect, it } from 'vitest';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

// The spellings and word orders of a side effect told as a change (src/classifier/safety/lexicon-changes.ts) that
// change-told.test.ts leaves out: singulars, a word between, no determiner, no apostrophe. Each is a way a patient
// writes the change; found by mutation testing (stryker.readings.config.mjs, group changes).
const fired = (text: string) => scanSafety(text).signals.map((s) => s.term);

describe('a side effect told as a change, in its other forms', () => {
  it.each([
    // what changed, then how
    ['my period has become erratic on the pill', 'period has become erratic'],
    ['my mood went crazy on prednisone', 'mood went crazy'],
    ['my heartrate shot up on adderall', 'heartrate shot up'],
    ['my stool got darker on the iron tablets', 'stool got darker'],
    ['my bowel changed on metformin', 'bowel changed'],
    ['my skin color changed on minocycline', 'color changed'],
    ['my periods seem to be irregular on the pill', 'periods seem to be irregular'],
    ['my periods became really irregular on the pill', 'periods became really irregular'],
    ['my hair got much thinner on methotrexate', 'hair got much thinner'],
    ['my weight fluctuates on quetiapine', 'weight fluctuates'],
    // a change named, then what changed
    ['I noticed changes in appetite on mirtazapine', 'changes in appetite'],
    ['a change in the color of my urine on rifampin', 'change in the color'],
    ['a change in mood since starting prozac', 'change in mood'],
    ['a change in my period on the pill', 'change in my period'],
    ['changes in my menstrual cycle on depo provera', 'changes in my menstrual cycle'],
    ['a change in heartrate on propranolol', 'change in heartrate'],
    // a desire or an interest lost, with a word between or more words after
    ['I lost all interest in sex on paroxetine', 'lost all interest in sex'],
    ['I lost interest in food on paroxetine', 'lost interest in food'],
    // a drive or an ability lost
    ['I lost motivation on the sertraline', 'lost motivation'],
    ['I have a problem finding words on lamotrigine', 'problem finding words'],
    ['word-finding difficulties on lamotrigine', 'word-finding difficulties'],
    ['word finding problem since starting topiramate', 'word finding problem'],
    ['I cant lose weight on seroquel', 'cant lose weight'],
    ['I couldnt lose weight on depakote', 'couldnt lose weight'],
    ["I can't lose weight on quetiapine", "can't lose weight"],
    // what the medicine makes the body do
    ['these pills make me sweat', 'make me sweat'],
    ['sertraline made me constantly yawn', 'made me constantly yawn'],
    // alcohol no longer tolerated
    ['I cant tolerate alcohol on metronidazole', 'cant tolerate alcohol'],
    ['I couldnt tolerate wine on antabuse', 'couldnt tolerate wine'],
    ["I can't tolerate even one drink on metronidazole", "can't tolerate even one drink"],
  ])('when the message says %j, then the guard fires on %j', (text, term) => {
    expect(fired(text)).toContain(term);
  });
});
