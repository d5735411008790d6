import { describe, expect, it } from 'vitest';
import { readCaseReport, tellsDechallenge, tiesConditionToDrug } from '../../src/classifier/safety/case-report.ts';

// Case-report sentences that name a drug and tell no event (a level measured, a study's methods, what a treatment
// achieved, an event denied, a discussion with no drug), a title of a condition with a drug, and a dechallenge
// (case-report.ts, session 11). LABELING.md: a case-report sentence is a report only when it ties an event to a product.
describe('case-report readings: a drug named with no event', () => {
  it.each([
    ['a drug level measured', 'Plasma concentrations of digoxin were measured by immunoassay.'],
    ['the monitoring a drug needs', 'Patients receiving clozapine require regular blood count monitoring.'],
    ['a germ’s susceptibility', 'Blood cultures grew Staphylococcus aureus sensitive to methicillin.'],
    ['a negative skin test', 'A skin test with penicillin was negative.'],
    ['a study’s methods', 'We retrospectively reviewed the charts of 120 patients treated with rituximab.'],
    ['a study’s patients and what they received', 'Thirty patients with chronic hepatitis C received pegylated interferon and ribavirin.'],
    ['a drug no longer given', 'He had received no other medications in the preceding month.'],
    ['what a treatment achieved', 'Cyclophosphamide and prednisone induced a complete remission of the nephrotic syndrome.'],
    ['an event denied in a study', 'No adverse reactions were observed during the study period.'],
  ])('when a sentence tells %s, then it is read as a treatment, no event', (_what, text) => {
    expect(readCaseReport(text)).toBe('treatment');
  });

  it.each([
    'To our knowledge, this is the first report of this association in a child.',
    'Clinicians should consider this diagnosis in patients with unexplained fever.',
    'This case illustrates the importance of a careful medication history.',
  ])('when a discussion names no drug (%j), then it is a finding', (text) => {
    expect(readCaseReport(text)).toBe('finding');
  });

  it.each([
    ['a positive skin test', 'A skin test with penicillin was positive.'],
    ['a treatment that achieved a remission and caused a rash', 'Rituximab induced a complete remission but caused a severe rash.'],
    ['an event denied, then one told', 'No adverse reactions were observed, but she developed hepatitis on day ten.'],
    ['a discussion that names the drug', 'To our knowledge, this is the first report of this association with clozapine.'],
  ])('when a sentence tells %s, then it is not read as no event', (_what, text) => {
    expect(readCaseReport(text)).not.toBe('treatment');
    expect(readCaseReport(text)).not.toBe('finding');
  });
});

describe('case-report readings: a title of a condition with a drug, and a dechallenge', () => {
  it('when a title names a condition with a drug, then the condition is tied to the drug', () => {
    expect(tiesConditionToDrug('neuroleptic malignant syndrome with olanzapine.')).toBe(true);
  });

  it('when a title names a condition with a patient, then it is tied to no drug', () => {
    expect(tiesConditionToDrug('neuroleptic malignant syndrome with fever.')).toBe(false);
  });

  it('when a condition tied to a drug resolved after the drug was stopped, then it is a dechallenge', () => {
    expect(tellsDechallenge('Thrombocytopenia during linezolid treatment resolved after discontinuation.')).toBe(true);
  });

  it('when a condition resolved with a drug, then it is no dechallenge', () => {
    expect(tellsDechallenge('Thrombocytopenia resolved with prednisone treatment.')).toBe(false);
  });
});

describe('second stage: a dechallenge is not a benefit', () => {
  it('when a case report tells a condition on a drug that resolved once it was stopped, then the local answer is safety_compliance', async () => {
    const { createLocalClassifier } = await import('../../src/classifier/local/local-classifier.ts');
    const answer = await createLocalClassifier().classify({ text: 'Thrombocytopenia during linezolid treatment resolved after discontinuation.', channel: 'api' });
    expect(answer.category).toBe('safety_compliance');
  });
});
