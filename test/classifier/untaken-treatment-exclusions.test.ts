import { describe, expect, it } from 'vitest';
import { asksOnlyAboutUntakenTreatment, firstMedicineAfterFailedRelief } from '../../src/classifier/safety/untaken-treatment.ts';
import { scanMessage } from '../../src/classifier/safety-lexicon.ts';
import { foldText, sentenceBreaks } from '../../src/classifier/safety/text.ts';

// The untaken-treatment readings (safety/untaken-treatment.ts) set a guard firing aside as "what the treatment is
// asked for". Every word that tells a medicine as taken, owned or harmful, and every change undergone, must keep a
// text OUT of them: such a text may tell a reaction, and setting it aside would lose a report. Each case changes ONE
// word or form of a text the reading otherwise takes (the control), so each is checked on its own.
// Found by the targeted mutation run of 2026-12-07 (READINGS=untaken): untaken-treatment.ts 48.5% before these tests.

function untaken(text: string): boolean {
  const { folded } = foldText(text);
  return asksOnlyAboutUntakenTreatment(folded, sentenceBreaks(folded), scanMessage(folded).medicationWords);
}

function reliefFrom(text: string): number {
  const { folded } = foldText(text);
  return firstMedicineAfterFailedRelief(folded, sentenceBreaks(folded), scanMessage(folded).medicationWords);
}

const ECZEMA = (told: string): string => `I have eczema on my hands. ${told} Would a steroid cream help?`;

describe('a question about a treatment not taken: words that tell it as taken or harmful', () => {
  it('when the text only asks about the cream, then it is read as untaken (the control)', () => {
    expect(untaken(ECZEMA('I read about it.'))).toBe(true);
  });

  it.each([
    'I took something.', 'I have taken something.', 'I have been taking something.', 'I have been on something.',
    'I keep taking something.', 'I kept using something.', 'I am still on something.', "I'm on something.", 'Im on something.',
    'I am on something.', 'He is on something.', 'They are on something.', 'He was on something.', 'They were on something.',
    'I take something.', 'He takes something.', 'She uses something.', 'We use something.', 'They used something.',
    'You take something.', 'Using something.', 'Used something.', 'I started something.', 'I stopped something.',
    'I am stopping something.', 'I quit something.', 'I switched something.', 'I finished something.', 'It was prescribed.',
    'They put me on something.', 'They put him on something.', 'They put her on something.', 'They put us on something.',
    'They put them on something.', 'It was placed.', 'It was inserted.', 'It was implanted.', 'They gave something.',
    'It was given.', 'I got the thing.', 'I got my thing.', 'I got his thing.', 'I got her thing.', 'I got a thing.',
    'I got an item.', 'The dose is small.', 'The doses are small.', 'The dosage is small.', 'It is 20 mg.', 'It is 20mg.',
    'It is 50 mcg.', 'It is 5 ml.', 'It is 10 units.', 'It is 1 unit.',
  ])('when the text adds %j (a treatment told as taken), then it is not read as untaken', (told) => {
    expect(untaken(ECZEMA(told))).toBe(false);
  });

  it.each([
    'I read about a side effect.', 'I read about side effects.', 'I read about a sideeffect.', 'I read about sideeffects.',
    'I read about a reaction.', 'I read about reactions.', 'Skin can react.', 'Skin reacted.', 'It is reacting.',
    'I read about adverse events.', 'I am allergic.', 'I read about allergies.', 'I am intolerant.', 'I read about intolerance.',
    'It can cause dryness.', 'It causes dryness.', 'It made me itch.', 'It made him itch.', 'It made her itch.',
    'It made us itch.', 'It got worse.', 'It is because of soap.', 'It is due to soap.', 'It came from the soap.',
    'It came from it.', 'It came from this.', 'It came from that.',
  ])('when the text adds %j (a harm or its cause), then it is not read as untaken', (told) => {
    expect(untaken(ECZEMA(told))).toBe(false);
  });

  it.each(['second', '2nd', 'third', '3rd', 'fourth', 'next', 'another', 'remaining', 'last', 'more'])(
    'when the cream is asked about before the %s round, then a round was taken and it is not read as untaken',
    (ordinal) => {
      expect(untaken(`I have eczema on my hands. Would a steroid cream help before the ${ordinal} round?`)).toBe(false);
      expect(untaken('I have eczema on my hands. Would a steroid cream help before the first round?')).toBe(true);
    },
  );

  it.each([
    'shot', 'shots', 'dose', 'doses', 'jab', 'jabs', 'injection', 'injections', 'infusion', 'infusions', 'pill', 'pills',
    'round', 'rounds', 'course', 'courses', 'vaccine', 'vaccines', 'booster', 'boosters', 'big round',
  ])('when the cream is asked about before the second %s, then it is not read as untaken', (thing) => {
    expect(untaken(`I have eczema on my hands. Would a steroid cream help before the second ${thing}?`)).toBe(false);
    expect(untaken('I have eczema on my hands. Would a steroid cream help before the second week?')).toBe(true);
  });

  it.each([
    'had the shot', 'had the vaccine', 'had the jab', 'had the booster', 'had the injection', 'had the dose', 'had the infusion',
    'had his shot', 'had her shot', 'had a shot', 'had an injection', 'had the flu shot',
  ])('when the writer asks "is it ok that I %s", then a shot was taken and it is not read as untaken', (had) => {
    expect(untaken(`Is it ok that I ${had} while pregnant?`)).toBe(false);
    expect(untaken('Is it ok that I want the shot while pregnant?')).toBe(true);
  });
});

describe('a question about a treatment not taken: where the medicine is named and who owns it', () => {
  it('when no medicine is named at all, then nothing is read as untaken', () => {
    expect(untaken('I have a cough. Would a steroid cream help?')).toBe(true);
    expect(untaken('I have a cough. Would rest help?')).toBe(false);
  });

  it('when the only question is asked in words with no question mark, then the text still asks', () => {
    expect(untaken('I have a cough and my doctor offered an antibiotic, do I need it')).toBe(true);
  });

  it('when the sentence with the question mark asks nothing, then a proposal in another sentence is no question', () => {
    expect(untaken('My doctor offered an antibiotic. Will it help?')).toBe(true);
    expect(untaken('My doctor offered an antibiotic. Slow recovery?')).toBe(false);
    expect(untaken('My doctor offered an antibiotic. The cough is bad though?')).toBe(false);
  });

  it('when the medicine is in a statement opened like a question, then only a proposal before it counts', () => {
    expect(untaken('I have a cough. Does the antibiotic work? Will it help?')).toBe(true);
    expect(untaken('I have a cough. Does the antibiotic work. Will it help?')).toBe(false);
  });

  it('when the medicine is in a question with nothing asking or proposing before it, then it is not asked about', () => {
    expect(untaken('I have a cough. Will it pass? The antibiotic works?')).toBe(false);
  });

  it.each([
    'Does the antibiotic work for a cough?',
    'So does the antibiotic help with a cough?',
    'Is the antibiotic good for a cough?',
  ])('when the question %j opens with its verb, then the medicine is asked about', (text) => {
    expect(untaken(text)).toBe(true);
  });

  it.each([
    ['the writer', 'Would my pills help with the cough at night time?', 'Would the pills help with the cough at night time?'],
    ['two words', 'Would my blood pressure pills help with the cough at night?', 'Would the blood pressure pills help with the cough at night?'],
    ['a word opening with a', 'Would my asthma inhaler help with this cough?', 'Would an asthma inhaler help with this cough?'],
  ])('when the medicine is owned (%s), then it may be taken and is not read as untaken', (_what, owned, control) => {
    expect(untaken(owned)).toBe(false);
    expect(untaken(control)).toBe(true);
  });

  it.each([
    'My wife has postpartum depression and the doctor wants to start her on an antidepressant. Is it safe?',
    'The doctor wants to start her on antidepressants. Is it safe?',
  ])('when "her" is the person started on a medicine (%j), not its owner, then the medicine is still asked about', (text) => {
    expect(untaken(text)).toBe(true);
  });

  it.each([
    'doctor', 'doctors', 'dr', 'doc', 'gp', 'physician', 'nurse', 'pharmacist', 'dentist', 'provider', 'specialist',
    'pediatrician', 'paediatrician', 'surgeon', 'cardiologist', 'dermatologists', 'midwife',
  ])('when "my %s" is named before the medicine, then the owner is a carer and the medicine is still asked about', (carer) => {
    expect(untaken(`Should I ask my ${carer} about gabapentin for my back?`)).toBe(true);
    expect(untaken('Should I ask my friend about gabapentin for my back?')).toBe(false);
  });

  it.each(['offered', 'wants', 'suggested', 'recommended', 'mentioned', 'considered'])(
    'when "my aunt %s" the medicine, then it is put forward, not owned',
    (verb) => {
      expect(untaken(`I have back pain. My aunt ${verb} gabapentin, would it help?`)).toBe(true);
      expect(untaken('I have back pain. My aunt likes gabapentin, would it help?')).toBe(false);
    },
  );

  it('when "my parents want" a medicine, then it is put forward, not owned', () => {
    expect(untaken('What if my parents want melatonin?')).toBe(true);
  });

  it.each([
    'I can get a steroid cream.', 'I could get a steroid cream.', 'I should get a steroid cream.', 'I would get a steroid cream.',
    'I will get a steroid cream.', 'I may get a steroid cream.', 'I might get a steroid cream.', 'I need a steroid cream.',
    'She needs a steroid cream.', 'I am needing a steroid cream.', 'I want a steroid cream.', 'She wants a steroid cream.',
    'I wanted a steroid cream.', 'The nurse offered a steroid cream.', 'The nurse offers a steroid cream.',
    'They offer a steroid cream.', 'The nurse suggested a steroid cream.', 'The nurse recommended a steroid cream.',
    'The nurse mentioned a steroid cream.', 'I am considering a steroid cream.', 'I am thinking of a steroid cream.',
    'The best is a steroid cream.', 'The safe one is a steroid cream.', 'The okay one is a steroid cream.',
    'The ok one is a steroid cream.', 'The better one is a steroid cream.', 'Instead of soap a steroid cream.',
    'Other than soap a steroid cream.', 'Besides soap a steroid cream.', 'The alternative is a steroid cream.',
    'The alternatives are a steroid cream.', 'I wonder which steroid cream.', 'I wonder what steroid cream.',
    'I wonder if any steroid cream.', 'Is there a steroid cream.', 'Are there steroid creams.',
  ])('when a statement puts the medicine forward (%j), then it is asked about', (proposal) => {
    expect(untaken(`I have eczema on my hands. ${proposal} Is that normal?`)).toBe(true);
    expect(untaken('I have eczema on my hands. I saw a steroid cream in a shop. Is that normal?')).toBe(false);
  });

  it.each([
    'Did the pharmacist offer melatonin?', 'Did the pharmacist suggest melatonin?', 'The pharmacist suggested melatonin. Is it safe?',
    'The pharmacist recommended melatonin. Is it safe?', 'The pharmacist mentioned melatonin. Is it safe?',
    'We are considering melatonin. Is it safe?', 'A good alternative to melatonin?',
  ])('when the writer who cannot sleep says %j, then melatonin is asked about', (text) => {
    expect(untaken(`I cannot sleep. ${text}`)).toBe(true);
    expect(untaken('I cannot sleep. Did the pharmacist like melatonin?')).toBe(false);
  });
});

const BACK = (relief: string, after = ''): string =>
  `My back pain is really bad and I tried ibuprofen but ${relief}.${after} Should I see a chiropractor?`;

describe('a symptom told before a relief that failed: words of no relief, of a change, of a medicine beside', () => {
  it('when the text tells no failed relief, then there is no medicine to set symptoms aside before (the control)', () => {
    expect(reliefFrom(BACK('I like it'))).toBe(-1);
    expect(reliefFrom(BACK('nothing works'))).toBe(39);
  });

  it.each([
    'nothing works', 'nothing worked', 'nothing helps', 'nothing helped', 'nothing seems to work', 'nothing seems to help',
    'nothing really works', 'it is not helping', 'it isnt helping', "it isn't helping", 'they are not working',
    "they aren't working", 'it was not helping', "it wasn't helping", 'they were not working', "they weren't working",
    'it is not really helping', "it isn't really working", 'it is not working', 'I am not getting better',
    'I am not getting any better', 'it stopped helping', 'it is still there', 'it still hurts', 'it is still the same',
    "it didn't work", 'it did nothing',
  ])('when the text says %j, then the symptom before the ibuprofen is what it was tried for', (relief) => {
    expect(reliefFrom(BACK(relief))).toBe(39);
  });

  it.each([
    'It is now sharp.', 'It is a new pain.', 'I developed a limp.', 'It became sharp.', 'It has become sharp.', 'It suddenly hurt.',
    'It increased.', 'It is increasing.', 'It decreased.', 'It is decreasing.', 'I experienced a limp.', 'I am experiencing a limp.',
    'It came on since Monday.', 'It came on after the gym.', 'It got worse.', 'I get side effects.', 'I had a reaction.',
  ])('when the text adds %j (a change, a cause or a harm), then nothing is set aside', (change) => {
    expect(reliefFrom(BACK('nothing works', ` ${change}`))).toBe(-1);
  });

  it('when the text asks nothing, then nothing is set aside', () => {
    expect(reliefFrom("I've had insomnia for years and melatonin doesn't work for me anymore.")).toBe(-1);
    expect(reliefFrom("I've had insomnia for years and melatonin doesn't work for me anymore. What else can I try?")).toBe(32);
  });

  it('when a failed relief is told but no medicine named, then there is nothing to set aside before', () => {
    expect(reliefFrom('I have insomnia and nothing works. What else can I try?')).toBe(-1);
    expect(reliefFrom('I have insomnia and take melatonin. What else can I try?')).toBe(-1);
  });

  it('when two medicines failed, then symptoms are set aside only before the first one named', () => {
    expect(reliefFrom('My back pain is bad, I tried ibuprofen and tylenol but nothing works. What should I do?')).toBe(28);
  });

  it.each(['on', 'from', 'with', 'while on', 'during', 'off', 'on the', 'on my', 'on his', 'on her', 'on this', 'on that', 'on these', 'on a', 'on an', 'with the', 'with my', 'with this'])(
    'when the symptom is told "every day %s metformin", then the medicine may cause it and nothing is set aside',
    (beside) => {
      expect(reliefFrom(`I have had diarrhea every day ${beside} metformin and imodium does not work. What should I do?`)).toBe(-1);
      expect(reliefFrom('I have had diarrhea every day and metformin and imodium does not work. What should I do?')).toBe(34);
    },
  );

  it.each(['on the same', 'on my new', 'from the generic', 'on their usual', 'with your current', 'on those daily', 'on our regular'])(
    'when two words stand between (every day %s metformin), then the medicine may still cause it and nothing is set aside',
    (beside) => {
      expect(reliefFrom(`I have had diarrhea every day ${beside} metformin and imodium does not work. What should I do?`)).toBe(-1);
    },
  );

  it('when three words stand between, then the reach ends (the medicine is what was tried)', () => {
    expect(reliefFrom('I have had diarrhea every day on the very same metformin and imodium does not work. What should I do?')).toBeGreaterThan(0);
  });

  it('when the medicine opens the text after "with", then it is still told beside the symptom', () => {
    expect(reliefFrom('With ibuprofen nothing works for my back pain. What else can I do?')).toBe(-1);
  });

  it('when "on" is told earlier but not right before the medicine, then the medicine is what was tried', () => {
    expect(reliefFrom('My back hurts on and off, I tried ibuprofen but nothing works. What else can I do?')).toBe(33);
  });
});
