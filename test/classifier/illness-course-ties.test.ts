import { describe, expect, it } from 'vitest';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import { tellsIllnessCourse, tellsNoEffect } from '../../src/classifier/safety/illness-course.ts';
import { foldText } from '../../src/classifier/safety/text.ts';

// What keeps a review sentence from reading as the illness's own course or as a medicine that did not work
// (src/classifier/safety/illness-course.ts): each word that ties a symptom to the medicine, a denial before "before I
// started", a clause that goes on, and the guard's use of the reading. A tie no test names is a report the reading
// could set aside. Found by mutation testing (stryker.readings.config.mjs, group illness).
const folded = (text: string) => foldText(text).folded;
const HISTORY = 'I have had anxiety for years';

describe('a word that ties a symptom to the medicine, after the illness told as history', () => {
  it('when the history is told alone, then it reads as the illness course', () => {
    expect(tellsIllnessCourse(folded(HISTORY))).toBe(true);
  });

  it.each([
    ' and it got bad since switching',
    ' since upping the dose',
    ' since increasing the dose',
    ' and it got bad after switching',
    ' after increasing the dose',
    ' after upping the dose',
    ' after stopping',
    ' after I quit',
    ' after quitting',
    ' while taking it',
    ' on this medication too',
    ' after first dose',
    ' after the dose',
    ' after the 12th dose',
    ' after using it',
    ' after two weeks of use',
    ' after a week using it',
    ' and I feel different than before',
    ' and I feel different than ever before',
    ' and I want to stop taking it',
    ' and I stopped taking it',
    ' and the effect is strange',
    ' and low libido',
    ' and low sexual desire',
    ' and low sexdrive',
    ' and it was bad in the first days',
    ' and it was bad in the first couple weeks',
    ' and it was bad in the first day',
    ' and it was bad in the first week',
    ' and it was bad in the first month',
    ' and this caused it',
    ' and sideeffects',
    ' and a side effect',
    ' and a sideeffect',
    ' and a reaction',
    ' and withdrawal',
    ' and tapering',
    ' and a zap',
    ' and it worsened',
    ' and I miss a dose',
    ' and I missed dose',
    ' and crashing',
    ' and it occured',
    ' and I did develop it',
    ' and I experienced it',
  ])('when the sentence goes on %j, then it is no illness course', (tie) => {
    expect(tellsIllnessCourse(folded(HISTORY + tie))).toBe(false);
  });
});

describe('the time before the medicine, at its edges', () => {
  it.each([
    'I didnt have panic attacks before I started',
    'I wasnt depressed before I started',
    'I hadnt had a panic attack before I started',
    'I dont remember crying before I started',
  ])('when a symptom is denied before "before I started" without an apostrophe (%j), then the medicine is its cause, not the illness', (text) => {
    expect(tellsIllnessCourse(folded(text))).toBe(false);
  });

  it('when a closing clause of six words names the start, then it is set aside; at seven words it is read with the rest', () => {
    expect(tellsIllnessCourse(folded('I cried every day for months before I finally started on it'))).toBe(true);
    expect(tellsIllnessCourse(folded('I cried every day for months before I finally started on it too'))).toBe(false);
  });

  it('when the sentence opens with "before", a drug and its dose, then it reads as the illness course', () => {
    expect(tellsIllnessCourse(folded('before lexapro 10mg I cried every day'))).toBe(true);
  });

  it('when a short closing clause goes on with "now", then it is no illness course', () => {
    expect(tellsIllnessCourse(folded('I was fine before I started now I shake'))).toBe(false);
  });

  it('when a sentence opens with "before" and no drug\'s name, then it is read without error and is no illness course', () => {
    expect(tellsIllnessCourse(folded('before the meds i cried every day'))).toBe(false);
  });

  it('when the illness with a word before it is what did it, then it reads as the illness course', () => {
    expect(tellsIllnessCourse(folded('my severe anxiety made me throw up before work'))).toBe(true);
  });
});

describe('a medicine that did not work, at its edges', () => {
  it('when the sentence goes on with "besides", then it is no mere lack of effect', () => {
    expect(tellsNoEffect(folded('it did nothing for my anxiety besides making me sleepy'))).toBe(false);
  });

  it('when a second sentence follows after a space and a line break, then it is no mere lack of effect', () => {
    expect(tellsNoEffect(folded('It did not work. \nI was dizzy all the time'))).toBe(false);
  });
});

describe('the guard and the illness course', () => {
  it.each([
    ['a reason for the medicine and then a symptom that started', 'I took lexapro for my anxiety and headaches started the next day'],
    ['a reason for the medicine and a symptom that started three words on', 'I took lexapro for my anxiety and then the headaches started'],
    ['a history and then a symptom that started', 'I have had depression since I was 15 and headaches started on prozac'],
    ['a history and then a symptom that started three words on', 'I have had depression since I was 15 and then the headaches started on prozac'],
    ['a symptom after what was still felt', 'zoloft did nothing, i still felt low and now i am dizzy'],
    ['a symptom still felt, with no lack of effect told', 'I still feel dizzy on prozac'],
    ['symptoms told before a lack of effect', 'dizzy and nauseous, lexapro did nothing for my anxiety'],
    ['a symptom beside what the medicine did not relieve', 'lexapro did nothing for my insomnia and I am dizzy'],
  ])('when the message tells %s, then the guard still fires', (_what, text) => {
    expect(scanSafety(text).fired).toBe(true);
  });

  it.each([
    'zoloft did nothing, i still felt depressed',
    'zoloft did nothing, i still felt so depressed',
    'zoloft did nothing, i still really felt depressed',
    'lexapro did nothing for my insomnia',
    'lexapro did nothing for my anxiety and did nothing for my insomnia',
  ])(
    'when a symptom is what a medicine that did nothing did not relieve, or is still felt after it (%j), then the guard reads it as what the medicine is for',
    (text) => {
      const scan = scanSafety(text);
      expect(scan.fired).toBe(false);
      expect(scan.suppressed.map((s) => s.reason)).toContain('indication');
    },
  );
});

describe('the illness course and a lack of effect, in each of their forms', () => {
  it.each([
    'I could not sleep for weeks before I finally started',
    'I cried every day before medication',
    'I was diagnosed depressed years ago',
    'I have been depressed since my pregnancy',
    'my panic attacks started at age 12',
    'I went through years of depression',
    'I have been depressed after my breakup',
    'my depression was at its worst',
    'I started on zoloft for my anxiety',
    'they put me on zoloft because of panic attacks',
    'I was prescribed for my anxiety',
    'my doctor prescribed me zoloft for anxiety',
    'I was taking zoloft for my anxiety',
  ])('when a review sentence tells %j, then it reads as the illness course', (text) => {
    expect(tellsIllnessCourse(folded(text))).toBe(true);
  });

  it.each(['a day', 'a week', 'a month', 'a year', 'a night', 'a week now'])('when "taking it for" is followed by a time (%j), then it names no reason and is no illness course', (time) => {
    expect(tellsIllnessCourse(folded(`I was taking it for ${time}`))).toBe(false);
  });

  it('when a reason for the medicine runs to twelve words, even with a space after, then it reads as the illness course; at thirteen it does not', () => {
    const twelve = folded('I was taking it for PTSD and nightmares and bad dreams too');
    expect(tellsIllnessCourse(twelve)).toBe(true);
    expect(tellsIllnessCourse(`${twelve} `)).toBe(true);
    expect(tellsIllnessCourse(`${twelve} lately`)).toBe(false);
  });

  it('when a sentence runs to 200 characters, even with a space after, then it is read; at 201 it is not', () => {
    const long = folded(`${HISTORY} ${'a'.repeat(300)}`);
    expect(tellsIllnessCourse(long.slice(0, 200))).toBe(true);
    expect(tellsIllnessCourse(`${long.slice(0, 200)} `)).toBe(true);
    expect(tellsIllnessCourse(long.slice(0, 201))).toBe(false);
  });

  it.each([
    "didn't really help",
    'it does nothing for me',
    'no result at all',
    'zero result',
    'lost its effectiveness',
    'it seems to poop out after a month',
    'it never worked',
    'it was useless',
    'it was not effective',
    'it worked for a few weeks then',
    'it worked for about two weeks then',
    'it just didnt',
  ])('when a review sentence tells %j, then it reads as no effect', (text) => {
    expect(tellsNoEffect(folded(text))).toBe(true);
  });
});
