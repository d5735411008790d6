import { describe, expect, it } from 'vitest';
import { findPii, redactPii, redactWithEchoes } from '../../src/observability/redact.ts';

// People's names as callers say them and chat writers type them: lower case, no punctuation, few cues.
const MASKED: Array<[string, string]> = [
  ['this is maria lopez calling about my lyrica refill', 'this is [NAME] calling about my lyrica refill'],
  ["hi my name's john i'm calling because my allegra is making me dizzy", "hi my name's [NAME] i'm calling because my allegra is making me dizzy"],
  ["it's for my mother ana garcia she takes tramadol every morning", "it's for my mother [NAME] she takes tramadol every morning"],
  ["yeah the last name is lopez that's l o p e z", "yeah the last name is [NAME] that's [NAME]"],
  ['first name will last name richardson', 'first name [NAME] last name [NAME]'],
  ['patient oluwaseun adebayo says the cialis gave her a rash', 'patient [NAME] says the cialis gave her a rash'],
  ['hola me llamo carmen zúñiga y tomo lyrica', 'hola me llamo [NAME] y tomo lyrica'],
  ['soy esteban y llamo por la receta de mi mamá', 'soy [NAME] y llamo por la receta de mi mamá'],
  ['can you have someone call me back about the cialis thanks joy', 'can you have someone call me back about the cialis thanks [NAME]'],
  ['the lyrica is not working i want to talk to a pharmacist destiny mcdonald', 'the lyrica is not working i want to talk to a pharmacist [NAME]'],
  ['the prescription is under will begay', 'the prescription is under [NAME]'],
  ['the name on the prescription is siobhan v richardson', 'the name on the prescription is [NAME]'],
  ['this is hunter banks calling about my januvia refill', 'this is [NAME] calling about my januvia refill'],
];

// Clinicians named with a title stay (the prescriber, not the customer; see data/pii/README.md), and
// medicines, months, towns and words that are also names stay readable.
const KEPT: string[] = [
  'my doctor dr patel prescribed tramadol and it helps',
  'Dr. Samuel Okafor prescribed Lyrica 75 mg',
  'will the allegra be ready by may tenth i hope so',
  'is there a grace period on the bill for my humira',
  'i went to tampa in june and ran out of lyrica',
  'bad input from the portal',
  'is there a limit on how early you can fill a d h d meds',
  'do you have a store in san antonio',
  'mi mamá murió la semana pasada, estaba tomando warfarina',
  'my patient hasnt had any problems with the metformin',
  'Maria',
];

describe('redactPii on names in speech and free text', () => {
  it.each(MASKED)('when the text is %j, then it reads %j', (input, expected) => {
    expect(redactPii(input)).toBe(expected);
  });

  it.each(KEPT)('when the text is %j (clinicians, medicines, months, towns, words), then nothing is masked', (input) => {
    expect(redactPii(input)).toBe(input);
  });

  it('when a text is one word without a digit, then no detector runs and nothing is found', () => {
    expect(findPii('POST')).toEqual([]);
    expect(findPii(' safety_compliance ')).toEqual([]);
  });
});

describe('redactWithEchoes on a summary taken from the message', () => {
  const source = 'this is maria lopez my phone is 555-201-8890 and my lyrica makes me dizzy since monday';

  it('when the summary is the message cut short inside a phone number, then the cut number and the name are masked', () => {
    expect(redactWithEchoes(source).derived('this is maria lopez my phone is 555-20…')).toBe('this is [NAME] my phone is [PHONE]…');
  });

  it('when the derived text is the message itself, then it reads as the redacted message', () => {
    const { redacted, derived } = redactWithEchoes(source);
    expect(derived(source)).toBe(redacted);
    expect(redacted).toBe('this is [NAME] my phone is [PHONE] and my lyrica makes me dizzy since monday');
  });

  it('when the same message is redacted twice with another text in between, then both give the same spans', () => {
    const first = redactWithEchoes(source).redacted;
    redactPii('call 555-201-8890');
    expect(redactWithEchoes(source).redacted).toBe(first);
    expect(redactWithEchoes(`${source} `).redacted).toBe(`${first} `);
  });
});

describe('international numbers the patterns miss or cut short', () => {
  it.each([
    ['tel +33(0)6.12.34.56.78 merci', 'tel [PHONE] merci'],
    ['call +44 20 7946 0958 ext 12', 'call [PHONE]'],
    ['call +44 20 7946 0958 x12 thanks', 'call [PHONE] thanks'],
    ['call +61 412 345 678 or +61 412 345 679', 'call [PHONE] or [PHONE]'],
  ])('when the text is %j, then libphonenumber-js completes the mask: %j', (input, expected) => {
    expect(redactPii(input)).toBe(expected);
  });
});
