import { describe, expect, it } from 'vitest';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import { speaksOfCare } from '../../src/classifier/local/domain-words.ts';
import { namesDrug } from '../../src/classifier/safety/medication.ts';

/**
 * Session 13's kinds of tweet wording for what a medicine did: a sedation told as being floored or sleeping
 * into the afternoon, an hour of the night spent awake, a child or writer who will not eat, feeling like a slow
 * or lifeless thing, things done in one's sleep, a mouth at its driest, blood sugar falling hard, catching every
 * cold, and a body part told as ruined ("my stomach is destroyed"). With a medicine named each is a report
 * (LABELING.md, a social-media post about the writer's own medicine); without one, or at an ordinary hour, quiet.
 */
describe('a medicine named with a new kind of tweet wording', () => {
  it.each([
    ['seroquil knocked me on my butt today', 'knocked me on my butt'],
    ['trazodone and i slept till 2pm', 'slept till 2pm'],
    ['took benadryl, sleeping until noon now', 'sleeping until noon'],
    ['3am and wide awake, thx prednisone', '3am and wide awake'],
    ['4 in the morning and still awake on prednisone', '4 in the morning and still awake'],
    ['vyvanse, awake since 2am', 'awake since 2am'],
    ["kid's on focalin and he won't eat a thing all day", "won't eat a thing"],
    ['on topamax and i barely eat now', 'barely eat'],
    ['propranolol has me feeling like a sloth', 'feeling like a sloth'],
    ['ambien, ordered 3 pairs of shoes in my sleep', 'ordered 3 pairs of shoes in my sleep'],
    ['clonidine gave me the driest mouth ever', 'driest mouth'],
    ['amitriptyline cottonmouth all day', 'cottonmouth'],
    ['my blood sugar tanked after the new insulin dose', 'blood sugar tanked'],
    ['humira has me catching every cold', 'catching every cold'],
    ["I'm on day 4 of augmentin and my stomach is destroyed", 'my stomach is destroyed'],
    ['since the lexapro my sleep is totally shot', 'my sleep is totally shot'],
  ])('when "%s", then the guard fires on it', (text, term) => {
    const scan = scanSafety(text);
    expect(scan.fired).toBe(true);
    expect(scan.signals.map((s) => s.term.toLowerCase())).toContain(term);
  });

  it.each([
    // no medicine named
    ['the movie knocked me on my butt'],
    ['slept till 2pm after the party'],
    ['3am and wide awake, thx to my neighbours'],
    ['my toddler won\'t eat a thing all day'],
    ['my stomach is destroyed after that taco place'],
    // an ordinary hour, and a ten o'clock that is not a night hour
    ['7am and wide awake, took my prednisone'],
    ['10am and wide awake, took my prednisone'],
  ])('when "%s", then the guard stays quiet', (text) => {
    expect(scanSafety(text).fired).toBe(false);
  });

  it('when a tweet spells seroquel "seroquil" or names norethindrone, then it names a drug', () => {
    expect(namesDrug('seroquil again')).toBe(true);
    expect(namesDrug('norethindrone again')).toBe(true);
  });

  it.each([['steroids got me up'], ['the antibiotics'], ['my antidepressant'], ['birth control'], ['chemo brain'], ['pain killers'], ['the vax'], ['statins'], ['opioids'], ['inhalers'], ['antipsychotics'], ['antihistamines'], ['ssris'], ['contraceptives']])(
    'when a text names a medicine by its class ("%s"), then it speaks of care',
    (text) => {
      expect(speaksOfCare(text)).toBe(true);
    },
  );
});
