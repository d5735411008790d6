import { describe, expect, it } from 'vitest';
import { readCaseReport } from '../../src/classifier/safety/case-report.ts';

// Edges of the case-report readings (case-report.ts) that case-report.test.ts does not name, found by
// mutation testing (README, "Mutation testing").
describe('case-report readings: the edges of a drug named and of a treatment told', () => {
  it('when a finding names a month that ends like a drug ("April"), then it is still a finding', () => {
    expect(readCaseReport('An 8-year-old boy presented with fever in April.')).toBe('finding');
  });

  it('when a patient is on a drug no list holds, then a condition before the patient is read as a report', () => {
    expect(readCaseReport('Acute hepatitis in a 40-year-old man on kratom.')).toBe('event');
  });

  it('when a patient is only "on" a short word ("on the farm"), then no medicine is read and it stays a finding', () => {
    expect(readCaseReport('Acute hepatitis in a 40-year-old man on the farm.')).toBe('finding');
  });

  it('when a drug names the condition right after it with no patient named, then it is read as a report', () => {
    expect(readCaseReport('We report a case of cyclosporine nephropathy.')).toBe('event');
  });

  it('when a drug is followed by no condition, then it is not read as a report', () => {
    expect(readCaseReport('We report a case of cyclosporine use in pregnancy.')).toBeUndefined();
  });

  it.each([
    ['a question mark', 'Treatment with prednisone was started at 60 mg daily?'],
    ['a word of a time course ("after")', 'Prednisone was stopped after two weeks.'],
    ['the writer speaking', 'He was started on lisinopril 10 mg daily by my cardiologist.'],
    ['neither a note’s opening nor its register', 'Meanwhile prednisone was started at 60 mg daily.'],
    ['an opening word that is no drug', 'Patient was started on prednisone at 40 mg daily.'],
  ])('when a treatment sentence carries %s, then it is not read as a plain treatment', (_what, text) => {
    expect(readCaseReport(text)).toBeUndefined();
  });

  it('when a note opens with the drug and tells only its start, then it is a plain treatment', () => {
    expect(readCaseReport('Lisinopril was started at 10 mg daily.')).toBe('treatment');
  });
});
