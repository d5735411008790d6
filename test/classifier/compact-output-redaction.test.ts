import { describe, expect, it } from 'vitest';
import { PROMPT_PEOPLE_WORDS, parseCompactOutput } from '../../src/classifier/compact-output.ts';
import { compactPrompt } from '../../src/classifier/prompts/compact.ts';
import { redactPii } from '../../src/observability/redact.ts';

function answer(signals: string[], facts: Record<string, unknown> | null): string {
  return JSON.stringify({ category: 'safety_compliance', confidence: 0.9, urgency: 'high', lang: 'en', signals, facts });
}

const facts = (patient: string | null, reporter: string | null, event: string | null) => ({ patient, reporter, product: 'the new pills', event, serious: [], subtype: 'adverse_event' });

describe('the redaction of a compact answer (each distinct string scanned once)', () => {
  it('when the event repeats a signal that holds a phone number, then both are redacted, and alike', () => {
    const said = 'rash, call 555-201-8890';
    const parsed = parseCompactOutput(answer([said], facts('the sender', 'the sender', said)));
    expect(parsed.safety_signals).toEqual(['rash, call [PHONE]']);
    expect(parsed.case_facts?.adverse_event).toEqual({ present: true, value: 'rash, call [PHONE]' });
  });

  it('when two facts hold the same e-mail address, then each is redacted as redactPii redacts it alone', () => {
    const who = 'dana@example.com';
    const parsed = parseCompactOutput(answer([], facts(who, who, 'dizzy')));
    expect(parsed.case_facts?.patient.value).toBe(redactPii(who));
    expect(parsed.case_facts?.reporter.value).toBe(redactPii(who));
    expect(parsed.case_facts?.patient.value).not.toContain('dana@');
  });

  it('when the patient and reporter are the words the prompt asks for, then they come back as written', () => {
    const parsed = parseCompactOutput(answer(['rash'], facts('the sender', 'caregiver', 'rash')));
    expect(parsed.case_facts?.patient).toEqual({ present: true, value: 'the sender' });
    expect(parsed.case_facts?.reporter).toEqual({ present: true, value: 'caregiver' });
  });

  it('when the compact prompt names people, then it does so with the words looked up instead of scanned', () => {
    for (const word of PROMPT_PEOPLE_WORDS) expect(compactPrompt.system).toContain(word);
  });

  it("when the request's redactor is given, then every string of the answer goes through it and its masks are kept", () => {
    const asked: string[] = [];
    const redact = (text: string) => {
      asked.push(text);
      return text.replace('dana@example.com', '[EMAIL]');
    };
    const parsed = parseCompactOutput(answer(['rash'], facts('dana@example.com', 'the sender', 'rash')), redact);
    expect([...new Set(asked)].sort()).toEqual(['dana@example.com', 'rash', 'the new pills', 'the sender']);
    expect(parsed.case_facts?.patient).toEqual({ present: true, value: '[EMAIL]' });
    expect(parsed.safety_signals).toEqual(['rash']);
  });

  it('when the facts do not fit the schema, then they are dropped and the category stands', () => {
    const parsed = parseCompactOutput(answer(['rash'], { ...facts('the sender', null, 'rash'), subtype: 'not a subtype' }));
    expect(parsed.category).toBe('safety_compliance');
    expect(parsed.case_facts).toBeNull();
  });
});
