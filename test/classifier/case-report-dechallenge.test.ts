import { describe, expect, it } from 'vitest';
import { readCaseReport } from '../../src/classifier/safety/case-report.ts';

// A condition tied to a drug that went away once the drug was stopped (a dechallenge) is the drug's doing:
// its going away is no sign that the drug treated it (LABELING.md: a case-report sentence that ties an event
// to a medicine is safety_compliance).
describe('case-report reading: a dechallenge', () => {
  it.each([
    ['resolved after the drug "was stopped"', 'Lactic acidosis associated with metformin resolved after metformin was stopped.'],
    ['resolved "following discontinuation"', 'Hepatitis associated with isoniazid resolved following discontinuation of the drug.'],
    ['a drug no list holds but its stem ("-zolid")', 'Lactic acidosis associated with linezolid resolved after the antibiotic was stopped.'],
    ['a drug no list holds but its stem ("-globulin")', 'Aseptic meningitis occurred after intravenous immunoglobulin infusion.'],
  ])('when the sentence has %s, then it is read as a report', (_what, text) => {
    expect(readCaseReport(text)).toBe('event');
  });

  it.each([
    // Got better with the drug: what it treated.
    'Psoriasis improved after methotrexate.',
    // Got better, with no word of the drug stopped.
    'Hepatitis associated with isoniazid resolved.',
  ])('when the sentence says %j, then it is no report of an event', (text) => {
    expect(readCaseReport(text)).not.toBe('event');
  });
});

describe('case-report reading: the drug named again by its class or as "the drug"', () => {
  it.each([
    'These observations suggest that the myopathy was caused by the statin.',
    'Hepatitis caused by the antibiotic.',
  ])('when the sentence says %j, then it is read as a report', (text) => {
    expect(readCaseReport(text)).toBe('event');
  });

  it.each([
    // "drug-" inside another word names no product.
    'Pneumonia caused by drug-resistant bacteria.',
    // A cause that is no product.
    'The rash was attributed to the viral infection.',
  ])('when the sentence says %j, then it is no report of an event', (text) => {
    expect(readCaseReport(text)).not.toBe('event');
  });
});
