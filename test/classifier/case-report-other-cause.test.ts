import { describe, expect, it } from 'vitest';
import { readCaseReport } from '../../src/classifier/safety/case-report.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

// Most sentences of a case report tell no adverse event: a condition caused by another disease, a dose given,
// a lab value. LABELING.md: a case-report sentence is a report only when it ties an event to a product.
describe('case-report reading: a condition tied to a cause that is no product', () => {
  const local = createLocalClassifier();

  it.each([
    ['a tumour', 'Hypoglycemia caused by a pancreatic insulinoma in an elderly man.'],
    ['an infection', 'The pericarditis was attributed to a recent viral infection.'],
    ['a germ', 'Osteomyelitis of the spine due to Staphylococcus aureus.'],
    ['another disease', 'Nephrotic syndrome secondary to amyloidosis from a plasma cell disorder.'],
    ['an exertion', 'Acute renal failure after exertion in the heat.'],
    ['an endocrine disease', 'Hypercalcemia secondary to hyperparathyroidism in a young man.'],
    ['a germ that resists drugs', 'Sepsis caused by drug-resistant bacteria after a burn injury.'],
  ])('when the condition is tied to %s, then it is a finding and the service answer is not a report', async (_what, text) => {
    expect(readCaseReport(text)).toBe('finding');
    expect(scanSafety(text).fired).toBe(false);
    expect((await local.classify({ text, channel: 'api' })).category).not.toBe('safety_compliance');
  });

  it.each([
    ['a named drug', 'Hypoglycemia caused by glipizide in an elderly man with a tumour.'],
    ['a treatment word', 'Pericarditis after treatment of a viral infection.'],
    ['an infection a medicine lets in', 'Severe colitis caused by Clostridioides difficile infection.'],
    ['another symptom (a review lists its symptoms)', 'Dizziness and fainting due to the severe diarrhea.'],
    ['the writer (first person)', 'My hepatitis was caused by a virus infection.'],
    ['a question', 'Is the rash due to a viral infection?'],
  ])('when the sentence names %s, then it is not read as a finding by its cause', (_what, text) => {
    expect(readCaseReport(text)).not.toBe('finding');
  });

  it('when a deficiency of a substance is the cause, then the substance is not read as the drug of an event', () => {
    expect(readCaseReport('The anemia was due to vitamin B12 deficiency.')).not.toBe('event');
    expect(readCaseReport('Hemolytic anemia due to primaquine in a patient with G6PD deficiency.')).toBe('event');
  });
});

describe('case-report reading: a dose or a lab value told with no event', () => {
  it.each([
    ['a drug, its dose and schedule before the verb', 'Azathioprine 50 mg once daily was started in March.'],
    ['a weight-based dose twice daily', 'Heparin was administered at 80 units/kg twice daily.'],
    ['the usual dose of a drug', 'The usual dose of ibuprofen is 400 mg every six hours.'],
  ])('when the sentence gives %s, then it is a treatment', (_what, text) => {
    expect(readCaseReport(text)).toBe('treatment');
  });

  it('when a lab value is given in mg/dL, then the unit is no dose and the sentence is a finding', () => {
    expect(readCaseReport('Serum bilirubin was 3.4 mg/dL at presentation.')).toBe('finding');
  });

  it.each([
    ['a dose taken twice by mistake', 'Heparin was administered twice by mistake.'],
    ['a dose of 2 mg given to a patient with a condition after it', 'Haloperidol 5 mg was given and dystonia developed.'],
  ])('when the sentence tells %s, then it is no mere treatment', (_what, text) => {
    expect(readCaseReport(text)).not.toBe('treatment');
  });
});

describe('case-report reading: a discussion, a title or an outcome with no event', () => {
  it.each([
    ['a drug acting on another in the present tense', 'Erythromycin raises the plasma levels of cyclosporine.'],
    ['what a combination of drugs requires', 'Giving two blood thinners together requires close monitoring.'],
    ['how a drug should be dosed', 'The dose of these antibiotics should be adjusted in renal impairment.'],
    ['a trial that gave a vaccine or a placebo', 'Volunteers were randomized to the vaccine or placebo.'],
    ['what a drug is the drug of choice for', 'Penicillin remains the drug of choice for syphilis.'],
    ['what a drug is used for, a condition included', 'Clopidogrel is widely used for the prevention of stroke.'],
    ['a drug\'s half-life', 'The half-life of digoxin is about 36 hours.'],
  ])('when the sentence tells %s, then it is a treatment statement', (_what, text) => {
    expect(readCaseReport(text)).toBe('treatment');
  });

  it.each([
    ['a drug acting on another in a patient', 'Erythromycin raised her cyclosporine levels.'],
    ['what the interaction led to', 'Erythromycin raises the levels of cyclosporine, which leads to kidney injury.'],
    ['a condition beside the interaction', 'Fluconazole raises phenytoin levels and nystagmus follows.'],
    ['a second sentence', 'Verapamil raises digoxin levels. She was admitted.'],
  ])('when the sentence tells %s, then it is no discussion of pharmacology', (_what, text) => {
    expect(readCaseReport(text)).not.toBe('treatment');
  });

  it.each([
    ['a title\'s "unusual cause of"', 'An unusual cause of chronic cough in a teenager.'],
    ['a note\'s "on admission"', 'On admission she was afebrile with a heart rate of 88.'],
    ['an outcome that returned to baseline', 'His creatinine returned to baseline within a week.'],
    ['advice on any patient', 'Clinicians should suspect this disorder in any patient with fever and joint pain.'],
    ['a title\'s "presenting as"', 'Lymphoma presenting as a painless neck swelling.'],
    ['a title\'s disease "in an" unusual host', 'Miliary tuberculosis in an elderly host.'],
    ['a title\'s "management of"', 'Management of chronic hyponatremia in older adults.'],
    ['a bone marrow aspiration that showed a finding', 'Bone marrow aspiration showed a hypocellular marrow.'],
    ['symptoms consistent with an illness', 'Her symptoms were consistent with a viral illness.'],
  ])('when the sentence has %s and names no product, then it is a finding', (_what, text) => {
    expect(readCaseReport(text)).toBe('finding');
  });

  it.each([
    ['discharged on a drug', 'She was discharged home on oral cephalexin.'],
    ['a list of medications', 'His medications included amlodipine and simvastatin.'],
    ['a drug named again by its class, continued', 'The antibiotic was continued for ten more days.'],
  ])('when the sentence tells %s, then it is a treatment', (_what, text) => {
    expect(readCaseReport(text)).toBe('treatment');
  });
});

describe('case-report reading: a drug named as the probable cause', () => {
  it.each([
    ['a drug that "was the probable cause of" the condition', 'Naproxen was the probable cause of his acute renal failure.'],
    ['a condition "probably caused by the herbal supplement"', 'The hepatitis was probably caused by the herbal supplement.'],
  ])('when the sentence has %s, then it is read as a report', (_what, text) => {
    expect(readCaseReport(text)).toBe('event');
  });
});
