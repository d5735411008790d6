import { namesDrugWord } from './medication.ts';

/**
 * A review sentence that only tells how the writer takes the medicine or who the writer is ("I take 150mg every
 * morning with breakfast", "started at 25mg and went up to 50mg after 2 weeks", "Dosage: 20mg once a day", "I'm
 * 34 female", "I was switched from paxil to zoloft"). LABELING.md, review sentence: it reports no side effect
 * (informational); the model, having read whole reviews that open so, leans to safety on it.
 *
 * The reading is closed: every word of the short sentence must be a word of dose, schedule, switch or age (the
 * list below), a number or a dose, or a drug's name, so a side effect told in words no list knows ("on 150mg and
 * I'm a zombie") keeps the model's answer. Folded text (lower case, commas dropped).
 */
const DOSE_WORDS = new Set(
  (
    'i im i\'m am was were is it its this my me a an the and then of to from at on in for with per up down back ' +
    'take takes taking took taken start started starting began go went going gone bumped upped increased lowered raised titrated moved put switched switch changed ' +
    'dose doses dosage mg mcg milligrams ml pill pills tablet tablets capsule capsules med meds medication medications generic brand xr er xl sr ir cr extended release ' +
    'once twice three times daily day days week weeks month months year years every each morning mornings night nights evening bedtime bed breakfast dinner lunch food meals ' +
    'now right after currently still also only just about around different other prescribed female male woman man old yo yrs y/o f m ' +
    // How and how long it is used, who gave it: "I use the inhaler twice a day", "used it for about 6 weeks", "my doctor started me on 500mg".
    'use uses used using i\'ve ive been before as needed when usually normally sometimes most half quarter split whole ' +
    'doctor doc dr psychiatrist gp pharmacist inhaler puff puffs spray sprays patch shot shots injection injections drop drops cream gel course version refill refills'
  ).split(' '),
);
const NUMBER = /^\d+(?:\.\d+)?(?:mg|mcg|ml|s)?$|^(?:one|two|three|four|five|half)$/;
// Something of the dose itself must be said: an amount, a schedule, a switch or an age with a sex.
const SAYS_DOSE = /\d|(?<![a-z])(?:dosage|once|twice|switched|daily)(?![a-z])/;
const MAX_WORDS = 15;

export function tellsDoseOrWho(folded: string): boolean {
  const words = folded.trim().replace(/(?<![:.!])[:.!]+$/, '').replace(/:/g, ' ').split(/\s+/);
  if (words.length > MAX_WORDS || !SAYS_DOSE.test(folded)) return false;
  return words.every((w) => DOSE_WORDS.has(w) || NUMBER.test(w) || namesDrugWord(w));
}
