import { describe, expect, it } from 'vitest';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import { extractCaseFacts } from '../../src/safety-intake/extract.ts';

// How an open case is sorted (its subtype) and what its adverse event says: gaps found by mutation testing (#18).
const facts = (text: string) => extractCaseFacts(text, scanSafety(text));

describe('a meant overdose is self-harm', () => {
  it.each([
    ['I took an overdose of my sertraline last night'],
    ['it was an intentional overdose of her sertraline'],
    ['she took a deliberate overdose of her sertraline'],
    ['I overdosed on my sertraline deliberately'],
  ])('when the message says %j, then the case is sorted as self-harm or emergency and its event is an intentional overdose', (text) => {
    const f = facts(text);
    expect(f.subtype).toBe('self_harm_or_emergency');
    expect(f.adverse_event).toEqual({ present: true, value: 'intentional overdose' });
  });

  it('when the guard heard self-harm ("took the whole bottle") and the text says "on purpose", then the event also names the intentional overdose', () => {
    expect(facts('he took the whole bottle of sertraline on purpose').adverse_event).toEqual({ present: true, value: 'took the whole bottle, intentional overdose' });
  });

  it('when "on purpose" is about a dispensing error, not an overdose, then the case stays a medication error with no event', () => {
    const f = facts('the pharmacy gave me the wrong pills on purpose, I have not taken any');
    expect(f.subtype).toBe('medication_error');
    expect(f.adverse_event).toEqual({ present: false, value: null });
  });
});

describe('a deliberate overdose told as a fact, and one said to be a mistake', () => {
  it('when a caregiver says he intentionally took 20 of his pills, then a case opens, sorted as self-harm or emergency', () => {
    const text = 'he intentionally took 20 of his sertraline pills';
    expect(scanSafety(text).fired).toBe(true);
    expect(facts(text).subtype).toBe('self_harm_or_emergency');
  });

  it.each([['I took an overdose of my sertraline by mistake'], ['I took an overdose of my sertraline, not on purpose'], ['tomé una sobredosis de sertralina por error']])(
    'when the sender says the overdose was a mistake (%j), then the case is a medication error, not an intentional overdose',
    (text) => {
      const f = facts(text);
      if (!scanSafety(text).fired) return expect.fail(`the guard must open a case for ${text}`);
      expect(f.subtype).toBe('medication_error');
      expect(f.adverse_event.value ?? '').not.toContain('intentional');
    },
  );

  it('when the guard heard self-harm, then a "by mistake" elsewhere does not undo it', () => {
    expect(facts('I want to die, I took the whole bottle, the first one by mistake').subtype).toBe('self_harm_or_emergency');
  });
});

describe('which subtype wins', () => {
  it('when a dispensing error led to a hospital stay the guard did not hear as a symptom, then the case is an adverse event', () => {
    expect(facts('the pharmacy gave me the wrong pills and I was hospitalized').subtype).toBe('adverse_event');
  });

  it('when the guard heard fraud, then a word of another kind in the text ("my card expired") does not re-sort it', () => {
    expect(facts('someone used my insurance to get oxycodone, and my card expired').subtype).toBe('fraud');
  });

  it('when the guard heard nothing and the text names a pregnancy, then the case is sorted as an adverse event (exposure in pregnancy)', () => {
    const f = facts('I am pregnant, is it safe to take ibuprofen?');
    expect(f.subtype).toBe('adverse_event');
  });
});
