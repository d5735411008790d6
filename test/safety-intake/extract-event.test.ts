import { describe, expect, it } from 'vitest';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import { extractCaseFacts, extractSeriousnessFacts } from '../../src/safety-intake/extract.ts';

// The adverse event of a case, and the facts read when the LLM's facts win: gaps found by mutation testing (#18).
const facts = (text: string) => extractCaseFacts(text, scanSafety(text));

describe('the adverse event', () => {
  it('when the guard set a symptom aside only because no medicine was named, then the symptom still happened and is the event', () => {
    expect(facts('fever and chills since monday, are you open late?').adverse_event).toEqual({ present: true, value: 'fever, chills' });
  });

  it.each([
    ['is dizziness a side effect of lisinopril?'],
    ['no rash, are you open late?'],
  ])('when the guard set a symptom aside as a question or a denial (%j), then there is no event', (text) => {
    expect(facts(text).adverse_event).toEqual({ present: false, value: null });
  });

  it('when a heard term spans several spaces, then the event names it with single spaces', () => {
    expect(facts('omg my throat is  closing after the penicillin').adverse_event).toEqual({ present: true, value: 'throat is closing' });
  });

  it('when the guard heard an emergency, then its words are the event', () => {
    expect(facts('he is not responding after the new metoprolol, come quick').adverse_event).toEqual({ present: true, value: 'not responding' });
  });

  it('when a dispensing error was followed by an event the guard alone did not hear ("keeps getting shocked"), then the case is an adverse event', () => {
    const f = facts('the pharmacy gave me the wrong pills and she keeps getting shocked');
    expect(f.adverse_event).toEqual({ present: true, value: 'getting shocked' });
    expect(f.subtype).toBe('adverse_event');
  });
});

describe('the facts read when the LLM answered', () => {
  const messages = [
    'the pharmacy gave me the wrong pills and she keeps getting shocked',
    'the pharmacy gave me the wrong pills and I was hospitalized',
    'I took two doses of my metformin by mistake, feel fine',
    'I took an overdose of my sertraline last night',
    'my son has been saying he wants to die, he takes concerta',
    'my dad died after the chemo pills',
    'the ibuprofen on the shelf at your store expired in March',
    'I am going to report you to the board of pharmacy',
    'hello, what are your hours?',
  ];

  it.each(messages.map((m) => [m]))('when the subtype is needed (%j), then seriousness and subtype are those of the full facts', (text) => {
    const full = facts(text);
    expect(extractSeriousnessFacts(text, scanSafety(text), true)).toEqual({ seriousness: full.seriousness, subtype: full.subtype });
  });

  it('when the subtype is not needed, then only the seriousness is read', () => {
    const text = 'the pharmacy gave me the wrong pills and I was hospitalized';
    expect(extractSeriousnessFacts(text, scanSafety(text), false)).toEqual({ seriousness: facts(text).seriousness });
  });
});
