import { describe, expect, it } from 'vitest';
import { readCaseReport } from '../../src/classifier/safety/case-report.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';

// A case report ties an event to a medicine with a word of cause, often with no patient and no register
// word ("Methotrexate-induced hepatotoxicity", titles and first sentences of MEDLINE case reports).
// LABELING.md: a case-report sentence that ties an event to a medicine is safety_compliance.
describe('case-report reading: a condition tied to a named drug by a word of cause', () => {
  it.each([
    ['a drug joined to "-induced" before the condition', 'Methotrexate-induced hepatotoxicity in a patient with psoriasis.'],
    ['a drug joined to "-associated"', 'Ciprofloxacin-associated tendon rupture in an athlete.'],
    ['"secondary to" the drug', 'Acute interstitial nephritis secondary to omeprazole.'],
    ['"due to" the drug', 'A case of angioedema due to lisinopril.'],
    ['"associated with" the drug', 'Toxic epidermal necrolysis associated with allopurinol.'],
    ['"from" the drug', 'Ototoxicity from gentamicin.'],
    ['a drug\'s toxicity named', 'Lithium toxicity presenting as cerebellar ataxia.'],
    ['"ascribed to" the drug', 'Parkinsonism was ascribed to metoclopramide in this elderly patient.'],
    ['a condition "in a woman taking" the drug', 'Hyperprolactinemia developed in a young woman taking risperidone for schizophrenia.'],
    ['the drug "responsible for" the condition', 'These findings suggest that amiodarone was responsible for the pulmonary fibrosis.'],
    ['a complication "of" the drug', 'Pancreatitis is a rare complication of azathioprine.'],
    ['a condition that "occurred during treatment with" the drug', 'Neutropenia occurred during treatment with valganciclovir.'],
    ['a condition "after the addition of" the drug', 'Serotonin syndrome after the addition of linezolid to sertraline.'],
    ['a drug that names its organ\'s toxicity', 'Tacrolimus neurotoxicity presenting as posterior reversible encephalopathy.'],
    ['a drug that names the condition it caused', 'Gemcitabine pneumonitis is uncommon but potentially fatal.'],
    ['a drug no list holds but its stem ("-idone")', 'Acute dystonia associated with domperidone.'],
    ['a drug no list holds but its stem ("-xaban")', 'Spinal hematoma secondary to edoxaban.'],
    ['the drug inside the words of cause ("following X therapy")', 'Interstitial pneumonitis following bleomycin therapy is described.'],
    ['a complication "of" the drug after three describing words', 'Agranulocytosis is a rare but serious complication of clozapine therapy.'],
  ])('when the sentence has %s, then it is read as a report', (_what, text) => {
    expect(readCaseReport(text)).toBe('event');
  });

  it.each([
    ['asks in words', 'Do you have information about nitroglycerin overdose'],
    ['says what the drug can cause in general', 'Tardive dyskinesia can be caused by long-term use of metoclopramide.'],
    ['speaks of a risk', 'Warfarin-related bleeding risk is lowered by monitoring.'],
    ['tells of a condition that got better', 'Psoriasis improved after methotrexate.'],
    ['names an allergy (a history) or a product line', 'Would you suggest Allegra 24 or 12 hours, and regular or Allegra allergy and hives'],
    ['ties the condition to no drug', 'Hepatitis secondary to alcohol use in a 50-year-old man.'],
    ['is negated', 'There was no hepatotoxicity associated with methotrexate.'],
    ['names a disease that merely follows a drug ("cystic fibrosis")', 'Ivacaftor cystic fibrosis'],
  ])('when the sentence %s, then it is not read as a report by cause', (_what, text) => {
    expect(readCaseReport(text)).not.toBe('event');
  });

  it('when the model leans informational on such a title, then the service answer is safety_compliance', async () => {
    const answer = await createLocalClassifier().classify({ text: 'Cutaneous vasculitis associated with propylthiouracil.', channel: 'api' } as never);
    expect(answer.category).toBe('safety_compliance');
  });
});

describe('case-report reading: a treatment told with no event', () => {
  const local = createLocalClassifier();

  it.each([
    ['a drug started for its indication', 'Methotrexate was started for rheumatoid arthritis in 2005.'],
    ['a drug the patient had been receiving', 'The patient had been receiving lithium for bipolar disorder for ten years.'],
    ['a condition "treated with" the drug', 'We describe a patient with chronic myeloid leukemia treated with imatinib.'],
  ])('when the sentence has %s, then it is a treatment and the service answer is not a report', async (_what, text) => {
    expect(readCaseReport(text)).toBe('treatment');
    expect((await local.classify({ text, channel: 'api' })).category).not.toBe('safety_compliance');
  });

  it.each([
    ['A patient with lupus nephritis treated with cyclophosphamide developed hemorrhagic cystitis.'],
    ['Agranulocytosis in a patient treated with clozapine.'],
  ])('when %j tells of a condition beside the treatment, then it is no mere treatment', (text) => {
    expect(readCaseReport(text)).not.toBe('treatment');
  });
});
