import { describe, expect, it } from 'vitest';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import { asksOnlyAboutUntakenTreatment } from '../../src/classifier/safety/untaken-treatment.ts';
import { scanMessage } from '../../src/classifier/safety-lexicon.ts';
import { foldText, sentenceBreaks } from '../../src/classifier/safety/text.ts';

function untaken(text: string): boolean {
  const { folded } = foldText(text);
  return asksOnlyAboutUntakenTreatment(folded, sentenceBreaks(folded), scanMessage(folded).medicationWords);
}

// A question about a treatment nobody has taken yet (issue #11; LABELING.md, a personal symptom with no product, a
// drug named only to ask about it): the symptoms are what the treatment is asked for, and no report.
describe('a symptom told beside a question about a treatment not taken', () => {
  it.each([
    'I have eczema on my hands that cracks and bleeds in winter. Would a steroid cream help?',
    'I have had a cough for a week with green mucus. Do I need an antibiotic or will it clear on its own?',
    'I have chronic back pain and my doctor offered gabapentin. Does it help with nerve pain?',
    'My mom has high blood pressure and her doctor wants to add a water pill. What does it do?',
    'My wife has postpartum depression and the doctor wants to start her on an antidepressant. Is it safe with breastfeeding?',
    'So I should take medicine to stop the nasal drip so my sore throat will get better?',
  ])('when the writer asks %j, then the guard sets the symptoms aside as what the treatment is for', (text) => {
    expect(untaken(text)).toBe(true);
    const scan = scanSafety(text);
    expect(scan.fired).toBe(false);
    expect(scan.suppressed.map((s) => s.reason)).toContain('indication');
  });

  it.each([
    ['a medicine taken', 'I have a cough since last week, I took Tylenol and it did not help. Should I take something else?'],
    ['a medicine the writer is on', "I'm on lisinopril and have a dry cough. Can I take robitussin?"],
    ['a medicine of the own', 'My inhaler does nothing and I am wheezing all night. Should I see a doctor?'],
    ['an onset after a medicine', 'My daughter broke out in hives after the amoxicillin. Should I stop it?'],
    ['a shot that follows one taken', 'My neck is swollen and I have excruciating headaches. Is it wise to take the second shot?'],
    ['a side effect named', 'Would a steroid cream help with the rash, or is it a side effect of something?'],
    ['no question', 'I have eczema on my hands that cracks and bleeds. My doctor recommended a steroid cream.'],
  ])('when the message tells of %s, then it is no question about an untaken treatment', (_what, text) => {
    expect(untaken(text)).toBe(false);
  });

  it.each([
    'My daughter broke out in hives after the amoxicillin. Should I stop it?',
    'I have been on sertraline for three weeks and I cannot sleep and my hands shake. Is this going to pass?',
    'My 6 year old got his flu shot on Monday and since then he has had a fever. Should I give him Tylenol?',
    'My neck is swollen and I have excruciating headaches. Is it wise to take the second shot?',
  ])('when a report asks about a treatment (%j), then the guard still fires', (text) => {
    expect(scanSafety(text).fired).toBe(true);
  });
});

// A symptom told before a treatment that did not relieve it, then a question about what to do next (LABELING.md: a
// medicine that did not work tells of no harm).
describe('a symptom told before a relief that failed, then a question', () => {
  it.each([
    "I've had insomnia for years and melatonin doesn't work for me anymore. What else can I try?",
    'My back pain is really bad, I tried ibuprofen and heat but nothing works. Should I see a chiropractor?',
    'I have had a headache for 3 days straight, I took Tylenol and it did not help. What else can I do?',
  ])('when the writer asks %j, then the guard sets the symptom aside as what the relief was for', (text) => {
    const scan = scanSafety(text);
    expect(scan.fired).toBe(false);
    expect(scan.suppressed.map((s) => s.reason)).toContain('indication');
  });

  it.each([
    ['no relief tried', 'My face and lips are swelling, I take lisinopril. Should I go to the ER?'],
    ['a symptom on the medicine', "I have had diarrhea every day on metformin and imodium doesn't work. Should I stop the metformin?"],
    ['a symptom on the same medicine (two words between)', 'I have had diarrhea every day on the same metformin and imodium does not work. What should I do?'],
    ['a symptom from the medicine', "I have a rash all over my body from amoxicillin and benadryl isn't helping. What should I do?"],
    ['a new medicine', 'My son has been throwing up with his new antibiotic and nothing helps. Should we go to urgent care?'],
    ['a change told', 'I now get headaches every day and Tylenol does not help. I take lisinopril. What can I do?'],
    ['no question', "I've had insomnia for years and melatonin doesn't work for me anymore."],
  ])('when the message tells of %s, then the guard still fires', (_what, text) => {
    expect(scanSafety(text).fired).toBe(true);
  });
});
