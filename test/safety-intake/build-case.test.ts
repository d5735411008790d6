import { describe, expect, it } from 'vitest';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import type { Classification } from '../../src/classifier/types.ts';
import { buildSafetyIntake } from '../../src/safety-intake/build-case.ts';
import type { CaseFacts } from '../../src/safety-intake/types.ts';

const RECEIVED = '2026-11-22T10:00:00.000Z';

function classification(overrides: Partial<Classification> = {}): Classification {
  return {
    category: 'safety_compliance',
    confidence: 0.9,
    urgency: 'high',
    summary: 's',
    reasoning: 'r',
    language: 'en',
    provider: 'local',
    model: 'm',
    prompt_version: 'v',
    ...overrides,
  };
}

function intake(text: string, overrides: { classification?: Partial<Classification>; customer_id?: string } = {}) {
  return buildSafetyIntake({
    text,
    scan: scanSafety(text),
    classification: classification(overrides.classification),
    received_at: RECEIVED,
    customer_id: overrides.customer_id,
    nonSeriousReportDays: 90,
  });
}

const llmFacts: CaseFacts = {
  patient: { present: true, value: "the caller's mother, 70s" },
  reporter: { present: true, value: 'caregiver' },
  suspect_product: { present: true, value: 'amlodipine' },
  adverse_event: { present: true, value: 'ankle swelling' },
  seriousness: { death: false, life_threatening: false, hospitalisation: false, disability: false, congenital_anomaly: false, other_medically_important: false },
  subtype: 'adverse_event',
};

describe('validity and missing elements', () => {
  it('when all four elements are present, then the case is valid and nothing is missing', () => {
    const result = intake('Since I started lisinopril my face is swelling.');
    expect(result).toMatchObject({ valid_case: true, missing_elements: [], serious: false, report_due_by: '2027-02-20', received_at: RECEIVED, facts_source: 'heuristic' });
  });

  it.each([
    ['my mom has been really confused and fell twice this week', ['suspect_product']],
    ['I noticed the ibuprofen at your downtown store expired in March', ['patient', 'adverse_event']],
    ['the pharmacy gave me the wrong strength of my levothyroxine, I have not taken it', ['adverse_event']],
    ['rash after amoxicillin', ['patient', 'reporter']],
  ])('when the text is %j, then the case opens anyway, not valid, missing %j', (text, missing) => {
    const result = intake(text);
    expect(result.valid_case).toBe(false);
    expect(result.missing_elements).toEqual(missing);
  });

  it('when the text says nothing of the sender but the customer is on file, then the reporter is identifiable', () => {
    const result = intake('rash after amoxicillin', { customer_id: 'cust-1' });
    expect(result.facts.reporter).toEqual({ present: true, value: 'customer on file' });
    expect(result.missing_elements).toEqual(['patient']);
  });

  it('when serious, then the report is due 15 calendar days after day 0', () => {
    const result = intake('my mom was admitted to the hospital with a rash after starting amoxicillin');
    expect(result).toMatchObject({ serious: true, seriousness_criteria: ['hospitalisation'], report_due_by: '2026-12-07' });
  });
});

describe('facts from the LLM', () => {
  it('when the LLM gave case facts, then they are used rather than the heuristics', () => {
    const result = intake('she has swollen ankles since the new pill', { classification: { provider: 'openai', case_facts: llmFacts } });
    expect(result.facts_source).toBe('llm');
    expect(result.facts.patient.value).toBe("the caller's mother, 70s");
    expect(result.facts.suspect_product.value).toBe('amlodipine');
    expect(result.valid_case).toBe(true);
  });

  it('when the heuristics see a criterion the LLM missed, then it is added: a missed one costs a late report', () => {
    const result = intake('my mom was admitted to the hospital, her ankles are swollen since the amlodipine', { classification: { provider: 'openai', case_facts: llmFacts } });
    expect(result.facts_source).toBe('llm+heuristic');
    expect(result.seriousness_criteria).toEqual(['hospitalisation']);
    expect(result.report_due_by).toBe('2026-12-07');
    expect(result.facts.patient.value).toBe("the caller's mother, 70s");
  });

  it('when the LLM saw no safety report (the guard overrode it), then the heuristics read the text', () => {
    const empty: CaseFacts = { ...llmFacts, patient: { present: false, value: null }, subtype: 'none' };
    const result = intake('refill my metformin, also it gives me bad diarrhea since I started it', {
      classification: { provider: 'openai', category: 'service_action', case_facts: empty },
    });
    expect(result.facts_source).toBe('heuristic');
    expect(result.facts.patient.value).toBe('the sender');
    expect(result.subtype).toBe('adverse_event');
  });

  it('when an LLM value carries personal data, then the case keeps it redacted', () => {
    const leaky: CaseFacts = { ...llmFacts, reporter: { present: true, value: 'daughter, reach at jane.doe@example.com' } };
    const result = intake('my mom has swollen ankles since the amlodipine', { classification: { provider: 'openai', case_facts: leaky } });
    expect(result.facts.reporter.value).not.toContain('jane.doe@example.com');
  });
});

describe('the redactor of the facts', () => {
  it('when the caller hands the redactor it made for the text, then the facts are redacted with it and not with a second scan of the text', () => {
    const text = 'Since I started lisinopril my face is swelling.';
    const seen: string[] = [];
    const result = buildSafetyIntake({
      text,
      redactDerived: (derived) => {
        seen.push(derived);
        return `<${derived}>`;
      },
      scan: scanSafety(text),
      classification: classification(),
      received_at: RECEIVED,
      nonSeriousReportDays: 90,
    });
    expect(result.facts.suspect_product.value).toBe('<lisinopril>');
    expect(seen).toContain('lisinopril');
    // Without one, the intake still redacts (here: nothing to mask) with its own scan.
    expect(intake(text).facts.suspect_product.value).toBe('lisinopril');
  });
});
