import { describe, expect, it } from 'vitest';
import { createLocalClassifier, secondStage } from '../../src/classifier/local/local-classifier.ts';
import { readCaseReport } from '../../src/classifier/safety/case-report.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

// Case-report sentences (issue #11; LABELING.md, "a case-report sentence"): a finding with no product
// link is informational, a condition tied to a named medicine is a report.
describe('case-report sentences: a finding with no treatment', () => {
  it.each([
    'A 45-year-old woman presented with fever, rash and joint pain of three days duration.',
    'Physical examination revealed hepatomegaly and mild jaundice.',
    'Chest radiograph revealed bilateral pleural effusions.',
    'An 8-year-old boy presented with fever and a limp.',
    'Histologic examination revealed noncaseating granulomas.',
  ])('when a clinical finding names no medicine and ties the finding to nothing (%s), then it is read as a finding', (text) => {
    expect(readCaseReport(text)).toBe('finding');
    expect(secondStage(text, 'safety_compliance', 0.95)).toBe('finding');
  });

  it.each([
    ['a drug the list holds', 'A 45-year-old woman presented with fever and rash while on lamotrigine.'],
    ['a drug by its ending only', 'A 60-year-old man presented with dyspnea and cough; he had received gemcitabine.'],
    ['a link word with no drug named', 'A 30-year-old man presented with a rash, which was attributed to the new tablets.'],
    ['an induced condition', 'The patient presented with drug-induced lupus.'],
    ['a dose', 'The patient was admitted with confusion; serum levels were high on 300 mg.'],
    ['a death', 'The patient died of respiratory failure.'],
    ['an acute visit', 'Presented to urgent care with chest pressure and abdominal pain.'],
    ['a dated time course', 'Patient presented with fever and chills on 4/18.'],
    ['the patient’s own feeling', 'The patient felt slight headaches, and there was also some nausea.'],
    ['the writer speaking', 'I presented with a rash and fever.'],
    ['a medication word with no drug named', 'The patient presented with a rash, pills in hand.'],
    ['a drug named with no medication word', 'The patient presented with a rash, lamotrigine in hand.'],
  ])('when the sentence carries %s, then it is not read as a finding', (_what, text) => {
    expect(readCaseReport(text)).not.toBe('finding');
  });

  it('when the guard hears a symptom with an experience cue in a finding, then it suppresses it as a clinical finding instead of firing', () => {
    const text = 'A 45-year-old woman presented with fever, rash and joint pain of three days duration.';
    const scan = scanSafety(text);
    expect(scan.fired).toBe(false);
    expect(scan.suppressed.map((s) => s.reason)).toContain('clinical_finding');
    // The same symptoms told by the patient still fire: only the clinical register changes.
    expect(scanSafety('I broke out in a rash and joint pain three days after the lamotrigine').fired).toBe(true);
  });

  it('when the model says safety on a finding, then the classifier answers with its next category and says why', async () => {
    const classifier = createLocalClassifier();
    // Model 1-b6a402b6 reads "hepatomegaly and mild jaundice" as a finding by itself; it still leans to safety here (0.88).
    const text = 'Physical examination revealed a swollen tongue and facial edema.';
    expect(classifier.explain(text).best).toBe(2);
    const answer = await classifier.classify({ text, channel: 'api' });
    expect(answer.category).toBe('informational');
    expect(answer.reasoning).toContain('a clinical finding or treatment with no event tied to a medicine');
  });

  it('when a finding is only asked about, then the question rule answers as before', () => {
    expect(secondStage('Physical examination revealed hepatomegaly, what does that mean?', 'safety_compliance', 0.95)).toBe('asks_health');
  });
});

describe('case-report sentences: a condition tied to a named medicine', () => {
  it.each([
    'Ototoxicity of intravenous vancomycin in a 70-year-old man.',
    'Serotonin syndrome in a 55-year-old woman on fluoxetine and tramadol.',
    'Tardive dyskinesia in an elderly woman on metoclopramide.',
    'Agranulocytosis in a patient with hyperthyroidism on propylthiouracil.',
    'Gemcitabine pulmonary toxicity in a 68-year-old woman.',
    'Bleomycin pneumonitis in a young man with testicular cancer.',
    'Severe hyponatremia in an elderly woman with oxcarbazepine.',
    'Hemolytic anemia in a patient with G6PD deficiency given dapsone.',
    'Digoxin toxicity in elderly women.',
    // One word each (session 14): a teenager, a toddler; pancreatitis, chorea, overgrowth.
    'Pancreatitis in a teenager on valproate.',
    'Gingival overgrowth in a teenager on cyclosporine.',
    'Chorea in a toddler given metoclopramide.',
  ])('when a condition comes before the patient or right after the drug (%s), then it is read as a report', (text) => {
    expect(readCaseReport(text)).toBe('event');
    expect(secondStage(text, 'informational', 0.2)).toBe('case_report');
    // A safety answer on it is never set aside as out of domain, whatever the drug's name.
    expect(secondStage(text, 'safety_compliance', 0.6)).toBeUndefined();
  });

  it.each([
    ['the illness after "patient with"', 'A 40-year-old woman with lupus nephritis was treated with cyclophosphamide.'],
    ['a negation', 'No hepatotoxicity was seen in a patient on methotrexate.'],
    ['a question', 'What is serotonin syndrome in a patient on fluoxetine?'],
    ['a disease named after a drug word', 'Is type A insulin resistance syndrome inherited'],
    ['no drug at all', 'Acute pancreatitis in a 50-year-old man.'],
    ['no drug, a teenager', 'Gingival overgrowth in a teenager.'],
    ['the illness after "teenager with"', 'Pancreatitis in a teenager with gallstones.'],
    ['the illness only after "in a patient with"', 'Treatment outcomes in a patient with lupus nephritis on cyclophosphamide.'],
    ['an "on" that is no medicine, before the patient', 'Based on recent reports, hemolytic anemia in a patient with G6PD deficiency.'],
  ])('when the sentence has %s, then it is not read as a report', (_what, text) => {
    expect(readCaseReport(text)).not.toBe('event');
  });

  // Since model 1-b6a402b6 (trained on written case-report sentences) no title-form report found leaves the model at
  // informational, so the stage is tested on the model's answer given, and the classifier on the outcome.
  it('when the model says informational on a case report, then the second stage reads it as a report', () => {
    expect(secondStage('Tardive dyskinesia in an elderly woman on metoclopramide.', 'informational', 0.2)).toBe('case_report');
    expect(secondStage('Tardive dyskinesia in an elderly woman with diabetes.', 'informational', 0.2)).toBeUndefined();
  });

  it('when a case report ties a condition to a named medicine, then the classifier answers safety_compliance', async () => {
    const answer = await createLocalClassifier().classify({ text: 'Tardive dyskinesia in an elderly woman on metoclopramide.', channel: 'api' });
    expect(answer.category).toBe('safety_compliance');
  });
});

describe('case-report sentences: the patient the case is about (IN_A_PATIENT), one form each', () => {
  // A drug no list holds ("blorvex") is read only as what the patient is on, after the patient phrase: each line
  // needs its own patient word or age form (a targeted mutation run, session 14, found none of them tested).
  it.each([
    "Chorea in a patient on blorvex.",
    "Chorea in two patients on blorvex.",
    "Chorea in 12 patients on blorvex.",
    "Chorea in elderly patients on blorvex.",
    "Chorea in a man on blorvex.",
    "Chorea in a teenager on blorvex.",
    "Chorea in two teenagers on blorvex.",
    "Chorea in a toddler on blorvex.",
    "Chorea in two toddlers on blorvex.",
    "Chorea in a neonate on blorvex.",
    "Chorea in an adolescent on blorvex.",
    "Chorea in a transplant recipient on blorvex.",
    "Chorea in a healthy volunteer on blorvex.",
    "Chorea in a subject on blorvex.",
    "Chorea in a 2-year-old on blorvex.",
    "Chorea in a 9-month-old on blorvex.",
    "Chorea in a 3-week-old on blorvex.",
    "Chorea in a 5-day-old on blorvex.",
    "Chorea in 15 neonates on blorvex.",
    "Chorea noted in a previously healthy young man on blorvex.",
    "Chorea in a 45-year-old on blorvex.",
  ])('when the case is about %j, then it is read as a report', (text) => {
    expect(readCaseReport(text)).toBe('event');
  });

  it('when no patient phrase stands before the drug, then a drug no list holds is no report', () => {
    expect(readCaseReport('Chorea on blorvex.')).toBeUndefined();
    expect(readCaseReport('Chorea in the afternoon on blorvex.')).toBeUndefined();
  });
});

describe('case-report sentences: a treatment given, changed or stopped', () => {
  it.each([
    'Treatment with prednisone was started at 60 mg daily.',
    'The patient was treated with intravenous vancomycin for 14 days.',
    'Methotrexate was discontinued and folinic acid was given.',
    'The patient was maintained on lithium carbonate 900 mg daily.',
    'The dose of warfarin was adjusted to maintain an INR of 2 to 3.',
  ])('when a clinical note tells of a treatment and of no event (%s), then a safety answer is set aside', (text) => {
    expect(readCaseReport(text)).toBe('treatment');
    expect(secondStage(text, 'safety_compliance', 0.9)).toBe('finding');
  });

  it.each([
    ['an event', 'Prednisone was started and the patient developed hyperglycemia.'],
    ['a condition besides the indication', 'Methotrexate was discontinued; pancytopenia persisted.'],
    ['an administration error', 'Patient was underage. Shot was administered by nursing students.'],
    ['the writer speaking', 'I was started on prednisone at 60 mg daily.'],
    ['no medicine', 'The patient was treated in the intensive care unit.'],
  ])('when the sentence has %s, then it is not read as a plain treatment', (_what, text) => {
    expect(readCaseReport(text)).not.toBe('treatment');
  });

  it('when the condition is only what the treatment is for, then it is still a plain treatment', () => {
    expect(readCaseReport('Cyclophosphamide was given for lupus nephritis.')).toBe('treatment');
  });
});

