import { describe, expect, it } from 'vitest';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import { namesDrug } from '../../src/classifier/safety/medication.ts';

/**
 * Tweets and short reviews tell what a medicine did in slang ("seroquel hangover", "cipro wrecked my tendons",
 * "got me zonked"); with a medicine named, each is a report (LABELING.md, a social-media post about the writer's
 * own medicine). The same words with no medicine, negated, asked about or credited as a relief stay quiet.
 */
describe('a medicine named with a tweet word for what it did', () => {
  it.each([
    ['seroquel hangover is real', 'hangover'],
    ['benadryl hangover this morning, cant function', 'hangover'],
    ['cipro wrecked my tendons', 'wrecked my tendons'],
    ['levaquin messed up my achilles, can barely walk', 'messed up my achilles'],
    ['the munchies from this mirtazapine are out of control', 'munchies'],
    ['seroquel got me zonked', 'zonked'],
    ['trazodone knocked me the fuck out', 'knocked me the fuck out'],
    ['adderall crash hitting hard rn', 'crash hitting'],
    ['seroquel got me sleeping 14 hours', 'me sleeping 14 hours'],
    ['took one benadryl and slept 12 hrs', 'slept 12 hrs'],
    ['zoloft and i cant fall asleep', 'cant fall asleep'],
    ['day 2 on chantix and the dreams are insane', 'dreams are insane'],
    ['prozac made me fat smh', 'made me fat'],
    ['paxil made me gain 30 lbs', 'gain 30 lbs'],
    ['wegovy sulfur burps are disgusting', 'sulfur burps'],
    ['metformin has my stomach in knots every morning', 'stomach in knots'],
    ['abilify akathisia, cant sit still', 'akathisia'],
    ['keppra rage is a thing', 'keppra rage'],
    ['this new antidepressant has me feeling dead inside', 'dead inside'],
    ['risperdal gave my son boobs wtf', 'gave my son boobs'],
    ['lexapro and i cant get it up', 'cant get it up'],
    ['seroquel has me so out of it', 'so out of it'],
    ['vyvanse got me talking a mile a minute', 'talking a mile a minute'],
    ['after 3 months on crestor my legs felt like lead', 'legs felt like lead'],
    ['lipitor, felt like i was 80 years old', 'felt like i was 80 years old'],
  ])('when "%s", then the guard fires on it', (text, term) => {
    const scan = scanSafety(text);
    expect(scan.fired).toBe(true);
    expect(scan.signals.map((s) => s.term.toLowerCase())).toContain(term);
  });

  it.each([
    ['rough night, massive hangover today'],
    ['the pharmacy messed up my refill again'],
    ['lol the adderall crash course on youtube'],
    ['no munchies on seroquel at all'],
    ['no more tossing and turning since trazodone'],
    ['took two advil for my hangover'],
    ['can seroquel make you sleep 12 hours?'],
    ['my doctor said prednisone can give you roid rage'],
    ['does lyrica make you fat?'],
    ['beat up by the pharmacy line lol, got my meds though'],
    ['voltaren for my arthritis works great'],
  ])('when "%s", then the guard stays quiet', (text) => {
    expect(scanSafety(text).fired).toBe(false);
  });
});

describe('brand names and spellings of tweets', () => {
  it.each([['pristiq'], ['latuda'], ['topiramate'], ['cetirizine'], ['xyzal'], ['doxy'], ['adderal'], ['tysabri']])(
    'when a text names %s, then it names a drug',
    (name) => {
      expect(namesDrug(`my ${name} again`)).toBe(true);
    },
  );

  it('when a tweet names a brand the list lacked with an everyday complaint, then the guard fires', () => {
    expect(scanSafety('cetirizine makes me a zombie').fired).toBe(true);
    expect(scanSafety('xyzal made me so drowsy').fired).toBe(true);
  });

  it('when nicotine is only smoked, then it names no medicine; its gum or patch does', () => {
    expect(namesDrug('could not get any buzz off of nicotine')).toBe(false);
    expect(scanSafety('nicotine gum gave me the worst hiccups and a headache').fired).toBe(true);
  });
});
