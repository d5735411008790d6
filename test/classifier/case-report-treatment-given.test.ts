import { describe, expect, it } from 'vitest';
import { readCaseReport, tiesConditionToDrug } from '../../src/classifier/safety/case-report.ts';

// A case report's treatment sentence that names a drug of two words, a verb of giving the older readings did not
// hold, or what the treatment was given for; and a condition told as a complication of a drug in more of a
// case report's words (case-report.ts, session 11).
describe('case-report readings: a treatment given, and a condition told as a drug’s complication', () => {
  it.each([
    ['a drug named in two words', 'Insulin glargine was begun at 10 units at bedtime.'],
    ['a salt named after the drug', 'Lithium carbonate was started at 300 mg twice daily.'],
    ['a drug restarted', 'Warfarin was restarted on the third postoperative day.'],
    ['a drug used to manage a sign', 'Haloperidol was used to manage agitation in the intensive care unit.'],
    ['a drug substituted for another', 'Enalapril was substituted for losartan at the patient’s request.'],
    ['what it was given for, with a symptom in it', 'Morphine was given for pain control after the operation.'],
  ])('when a note tells %s and no event, then it is a plain treatment', (_what, text) => {
    expect(readCaseReport(text)).toBe('treatment');
  });

  it.each([
    ['a drug stopped for a rash', 'Amoxicillin was stopped for a widespread rash.'],
    ['a drug switched for an event', 'Lisinopril was switched for a persistent cough after the first month.'],
  ])('when a treatment was %s, then its for-clause is a harm and it is not a plain treatment', (_what, text) => {
    expect(readCaseReport(text)).not.toBe('treatment');
  });

  it.each([
    'Hypothyroidism emerged as a late complication of lithium therapy.',
    'The pancreatitis was considered a complication of azathioprine.',
    'His neutropenia was thought to be an adverse effect of clozapine.',
  ])('when a condition is told as a complication of a named drug (%j), then it is tied to the drug', (text) => {
    expect(tiesConditionToDrug(text.toLowerCase())).toBe(true);
  });

  it('when a condition is told as a complication of a disease, then it is tied to no drug', () => {
    expect(tiesConditionToDrug('hypothyroidism emerged as a late complication of the autoimmune disease.')).toBe(false);
  });
});

describe('case-report readings: the two words that open a treatment note', () => {
  it('when a form of the drug stands before it ("Unfractionated heparin"), then the note opens with the drug', () => {
    expect(readCaseReport('Unfractionated heparin was given during the catheterisation.')).toBe('treatment');
  });

  it('when an adverb stands before the drug ("Meanwhile prednisone"), then the note does not open with it', () => {
    expect(readCaseReport('Meanwhile prednisone was started at 60 mg daily.')).toBeUndefined();
  });
});

describe('case-report readings: drugs the guard’s list does not hold, known by their stems', () => {
  it.each([
    'Acute interstitial nephritis induced by mesalamine in a young woman.',
    'Pancreatitis due to mercaptopurine in a boy with Crohn’s disease.',
    'Vincristine neurotoxicity in a child with leukemia.',
    'Metabolic acidosis associated with topiramate therapy.',
  ])('when a condition is tied to a drug known only by its stem (%j), then it is a report', (text) => {
    expect(readCaseReport(text)).toBe('event');
  });

  it.each(['Bortezomib was administered subcutaneously twice weekly.', 'Topiramate was titrated to 100 mg twice daily.'])(
    'when a note opens with a drug known only by its stem (%j), then it is a plain treatment',
    (text) => {
      expect(readCaseReport(text)).toBe('treatment');
    },
  );
});
