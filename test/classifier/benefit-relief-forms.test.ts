import { describe, expect, it } from 'vitest';
import { secondStage } from '../../src/classifier/local/local-classifier.ts';
import { isBenefitStatement } from '../../src/classifier/safety/benefit.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

// How review sentences say that a symptom went away (issue #11, the precision side of druglibsent): a
// noun of change ("reduction of"), a verb after the symptom ("eased", "subsided", "non-existent"), "pain
// relief". Each is praise (LABELING.md, review sentence) unless the symptom passed with time, a need of
// the body was lowered, or the relief is denied.
describe('benefit statements: relief said in the words reviews use', () => {
  it.each([
    'My night sweats are almost non-existent these days.',
    'Facial redness decreased within a month.',
    'Depression eased and I could work again.',
    'Reduction of headaches and night sweats.',
    'Reduction in the number of migraines I get each month.',
    'It really helped me cope with the anxiety.',
    'The burning pain disappeared within two days.',
    'The itching on my scalp disappeared completely.',
    'Quick pain relief that lasted all day.',
    'Fewer hot flashes and irritability.',
    'My hot flashes were almost gone within two weeks.',
    'Clearing of acne on my back within a month.',
    'Moderately dulled the pain of a sprained wrist.',
    'The acne on my chin was almost non existant.',
    'Freedom from depression for the first time in years.',
    'When I took it daily, my allergy symptoms were reduced.',
    'Made my migraines less frequent and less severe.',
    'Less severe depression.',
    'This drug was most effective in calming my anxiety.',
    'It stopped the severe hot flashes and severe night sweats.',
    'The itching lessened with the cream but did not go away.',
    'My skin is clearer now but not perfect.',
    'The cream helped my eczema, though not completely.',
    'It took the edge off my anxiety.',
    'My anxiety is much more manageable now.',
    'Completely cured of cystic acne.',
    'The spray cleared up the chronic nasal congestion.',
    'The acne on my back did disappear within a month.',
  ])('when a sentence says a symptom went away (%j), then it is a benefit statement', (text) => {
    expect(isBenefitStatement(text)).toBe(true);
    expect(secondStage(text, 'safety_compliance', 0.9)).toBe('benefit');
  });

  it.each([
    ['a symptom that passed after days', 'Nausea went away after a couple of days.'],
    ['a symptom that passed in the first weeks', 'Dizziness in the first two weeks, then it subsided.'],
    ['a symptom relieved by another medicine', 'A headache that was relieved with ibuprofen.'],
    ['a need of the body lowered, said after it', 'I was very tired and my libido decreased.'],
    ['stamina lowered', 'My stamina decreased.'],
    ['a relief denied', 'The fever has not subsided yet.'],
    ['a bare phrase of change', 'Decrease in pain.'],
    ['a symptom told in a clause of its own', 'The rash I had last month went away, refill my doxycycline.'],
    ['an appetite increased', 'Anxiety eased, increased appetite.'],
    ['an effect that wore off with time', 'My anxiety eased over time but the headaches stayed.'],
    ['a contrast that tells of harm', 'It eased my anxiety, but I felt awful after each pill.'],
    ['a partial relief and a symptom nothing relieved', 'It helped my pain but not enough, and I got dizzy.'],
    ['a function that came less often', 'My erections were less frequent and weaker.'],
    ['an allergy to the medicine', 'I am allergic to it, though the itching eased.'],
    ['a symptom next to the relieved one that is no list', 'Relieved the pain, dizziness for the first week.'],
    ['a symptom that cleared when the medicine was stopped', 'The hives cleared up once I came off the amoxicillin.'],
  ])('when the sentence carries %s, then it is not a benefit statement', (_what, text) => {
    expect(isBenefitStatement(text)).toBe(false);
  });

  it('when the guard hears symptoms in a sentence that says they went away, then it sets them aside as what the medicine is for', () => {
    const scan = scanSafety('Fewer hot flashes and irritability.');
    expect(scan.fired).toBe(false);
    expect(scan.suppressed.map((s) => s.reason)).toEqual(['indication', 'indication']);
  });
});
