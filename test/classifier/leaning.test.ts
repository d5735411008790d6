import { describe, expect, it } from 'vitest';
import { LEANING_RATIO, leansToReport } from '../../src/classifier/local/leaning.ts';
import { secondStage } from '../../src/classifier/local/local-classifier.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

// The model's safety probability and the probability of the class it chose; 0.4 is at least half of 0.55.
const lean = (text: string, safety = 0.4, top = 0.55, language = 'en') => leansToReport(text, scanSafety(text), safety, top, language);

describe('leaning: a statement on health to which the model gives safety at least half its choice is read as a report', () => {
  it.each([
    ['a medication word and a complaint no list holds', 'Oil in stool with these pills.'],
    ['a medicine named', 'Oil in stool since the lisinopril.'],
  ])('when the statement has %s, then it is read as a report', (_what, text) => {
    expect(lean(text)).toBe(true);
    expect(secondStage(text, 'informational', 0.4, 'en', 0.55)).toBe('leaning');
  });

  it('when a symptom the guard set aside is stated with no link, then it reads as a report (the promotion reads it first)', () => {
    expect(lean('Tired all day, every day.')).toBe(true);
    expect(secondStage('Tired all day, every day.', 'informational', 0.4, 'en', 0.55)).toBe('promoted');
  });

  it('when the model gives safety less than half of its choice, then the answer stays', () => {
    expect(lean('Oil in stool with these pills.', 0.25, 0.7)).toBe(false);
    expect(0.25 * LEANING_RATIO).toBeLessThan(0.7);
  });

  it.each([
    ['asks with a question mark', 'Oil in stool with these pills?'],
    ['asks in words', 'what should i do about oil in my stool with these pills'],
    ['opens as a question', 'is oil in the stool from these pills'],
    ['asks for something to be done', 'please refill the pills, the oil in stool is fine'],
    ['is a request for a refill', 'calling in a refill for these pills, tired all day'],
    ['names nothing of health', 'The app logged me out twice today.'],
    ['denies the symptom', 'No rash on these pills.'],
    ['is in key=value form', 'drug_lookup name="hydroxyzine" field=common_uses'],
  ])('when the text %s, then it is not read as a report', (_what, text) => {
    expect(lean(text)).toBe(false);
  });

  it('when the model gives safety exactly half of its choice, then the answer stays', () => {
    expect(lean('Oil in stool with these pills.', 0.3, 0.6)).toBe(false);
  });

  it.each([
    ['the refill pills, oil in stool all week'],
    ['id like the same pills, oil in stool all week'],
    ['want to say the pills leave oil in my stool'],
    ['ask my doctor, the pills leave oil in my stool'],
    ['quick question, the pills leave oil in my stool'],
  ])('when %j carries a word of asking or of a request, then it is not read as a report', (text) => {
    expect(lean(text)).toBe(false);
  });

  it('when the only term the guard set aside is no symptom (a fraud word said in general), then it is not read as a report', () => {
    expect(lean('i read that scammers can hack accounts')).toBe(false);
  });

  it('when the text is in another language, then the English reading does not apply', () => {
    expect(lean('Aceite en las heces con estas pastillas.', 0.4, 0.55, 'es')).toBe(false);
  });

  it('when a statement only praises what a medicine relieved, then the second stage does not lean it to a report', () => {
    expect(secondStage('It eliminated my migraines.', 'informational', 0.45, 'en', 0.5)).not.toBe('leaning');
  });
});
