import { describe, expect, it } from 'vitest';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

// Edges of the guard's context (context.ts) and its treatment-question rule (judge.ts) that
// guard-judgement.test.ts does not name, found by mutation testing (README, "Mutation testing").
const read = (text: string) => {
  const scan = scanSafety(text);
  return scan.fired ? { fired: true, terms: scan.signals.map((s) => s.term) } : { fired: false, reasons: scan.suppressed.map((s) => `${s.term}:${s.reason}`) };
};

describe('a medication word that says there is none', () => {
  it.each([
    'I get headaches every day and take zero meds',
    'I get headaches every day, without any medication',
    'not taking any pills and I still get headaches',
    "I don't take any medicine and I get headaches daily",
    'i dont take any meds and i get headaches',
    'we do not take any meds and my son gets headaches',
    "My daughter gets headaches every day, she doesn't take any pills",
    'My daughter gets headaches every day, she doesnt take any pills',
    'My son gets headaches every day, he does not take any pills',
    "My mom gets headaches every day and she doesn't take any daily meds",
    'I have never taken any medication and I get headaches',
    'no prescription medications, I get headaches',
    'not on any regular meds, headaches every day',
    'no other medications, headaches every day',
    'no current medications, headaches every day',
  ])('when the only medication word is denied (%j), then a common complaint has no medicine to tie it to', (text) => {
    expect(read(text)).toEqual({ fired: false, reasons: ['headaches:no_medication'] });
  });

  it.each([
    ['a "no" that belongs to other words', 'no idea which pills, headaches every day'],
    ['a medication word the writer takes', 'headaches every day, I take my pills'],
    ['a modal before "not take any"', 'I could not take any more pills, the headaches were constant'],
  ])('when the medication word is not denied (%s), then the common complaint fires', (_what, text) => {
    expect(read(text)).toEqual({ fired: true, terms: ['headaches'] });
  });
});

describe('a treatment question: the symptom is why the writer asks', () => {
  it.each([
    ['the question first', 'can we give him tylenol, he has a fever of 102', 'fever'],
    ['the question first, the symptom after', 'can i take robitussin, i have a cough', 'cough'],
    ['a medication word only in the question', 'i have a cough, can i take cough syrup?', 'cough'],
    ['the symptom and then the question', 'i have had a cough for a week, what can i take?', 'cough'],
  ])('when no medicine is named before the treatment question (%s), then the symptom is set aside as what they ask a treatment for', (_what, text, term) => {
    expect(read(text)).toEqual({ fired: false, reasons: [`${term}:indication`] });
  });

  it.each([
    ['a medication word', 'I take my blood pressure pills and have a cough, can i take robitussin?'],
    ['a medication word, and another in the question', 'I take my blood pressure pills and have a cough, can i take cough syrup?'],
    ['a drug name', 'i have a cough and take lisinopril, can i take robitussin?'],
  ])('when %s is named before the symptom and the treatment question, then the symptom may be its reaction and fires', (_what, text) => {
    expect(read(text)).toEqual({ fired: true, terms: ['cough'] });
  });
});

describe('a symptom talked about in general (judge.ts GENERAL_AFTER)', () => {
  it.each([
    'a rash can be serious',
    'a rash could happen with lamotrigine',
    'rashes can cause scarring',
    'hives can occur with penicillin',
    'ankle swelling is common',
    'ankle swelling is a common thing with amlodipine',
    'swelling is normal with amlodipine right',
  ])('when the sentence says what the symptom can be or how common it is (%j), then the guard stays quiet', (text) => {
    expect(scanSafety(text)).toMatchObject({ fired: false, signals: [], suppressed: [expect.objectContaining({ reason: 'general_question' })] });
  });

  it.each([
    ['rash after the pills it could be bad', 'rash'],
    ['hives since the new pills, they might get worse', 'hives'],
    ['swelling on amlodipine is common in the evening?', 'swelling'],
  ])('when the modal or the "is common" comes only after words of the writer\'s own event (%j), then the guard fires', (text, term) => {
    expect(read(text)).toEqual({ fired: true, terms: [term] });
  });
});
