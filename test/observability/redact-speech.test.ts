import { describe, expect, it } from 'vitest';
import { redactPii, redactWithEchoes } from '../../src/observability/redact.ts';

const MASKED: Array<[string, string]> = [
  ['my date of birth is march fourteenth nineteen sixty two', 'my date of birth is [DOB]'],
  ['dob the fourteenth of march sixty-two', 'dob the [DOB]'],
  ['update my address to forty two elm street springfield illinois', 'update my address to [ADDRESS]'],
  ['this is maria calling about my refill', 'this is [NAME] calling about my refill'],
  ['Please call me back. Thanks, Maria Lopez.', 'Please call me back. Thanks, [NAME].'],
  ['my email is john dot smith at gmail dot com', 'my email is [EMAIL]'],
  ['my social is one two three four five six seven eight nine', 'my social is [SSN]'],
  ['member id x j h one two three four five six seven', 'member id [MEMBER_ID]'],
  ['claim number 2023-62932364 was denied', 'claim number [CLAIM] was denied'],
  ['order # W842114026 never came', 'order # [ORDER] never came'],
  ['it is at facebook dot com slash maria dot lopez62', 'it is at [URL]'],
  ['see https://www.facebook.com/maria.lopez62.', 'see [URL].'],
  ['call back +49 30 36729198', 'call back [PHONE]'],
  ['verify me: Ana Ruiz, 3/14/62, 178246977.', 'verify me: [NAME], [DOB], [SSN].'],
  ['nací el catorce de marzo de mil novecientos sesenta y dos', 'nací el [DOB]'],
  // Names the lexicon does not know, by where they stand.
  ['My husband Iris Adeyemi needs his Enbrel refilled', 'My husband [NAME] needs his Enbrel refilled'],
  ['caller kwame ibarra states that lyrica caused a rash', 'caller [NAME] states that lyrica caused a rash'],
  ['hello this is imani whitfield i would like to update my email', 'hello this is [NAME] i would like to update my email'],
  ['Kwame Chowdhury (dob 07/12/1941) called about Plavix', '[NAME] (dob [DOB]) called about Plavix'],
  ['please take my Abilify history off it. Aisha\n\nRegards,\nIvy Mwangi', 'please take my Abilify history off it. [NAME]\n\nRegards,\n[NAME]'],
  ['the member number on the card is E328876967', 'the member number on the card is [MEMBER_ID]'],
];

// Dates that are not birth dates stay: the onset date is what a safety case's time course needs.
const KEPT: string[] = [
  'the rash started since March 3rd after Lyrica 75 mg',
  'i started allegra on the third of march and take 2 at 9 pm',
  'Tramadol 50 mg twice a day since 3/14 and my legs ache',
  'does Cialis interact with Humira? I take 20 mg twice a day',
  'Walgreens says my Aetna card does not cover Xarelto',
  'me da dolor de cabeza desde el 16 de abril',
  'tengo la cara hinchada desde el lunes',
  'I live in North Carolina and use CVS',
  'this is urgent, I am worried about my Xarelto',
  'my son took 2 pills by mistake and my husband calls later',
  'yeah hi um my mother she\'s 78 she started lisinopril',
  'Error',
  'Hi, I\'m researching medications for a school project. Thanks',
];

describe('redactPii on speech and free text', () => {
  it.each(MASKED)('when the text is %j, then it reads %j', (input, expected) => {
    expect(redactPii(input)).toBe(expected);
  });

  it.each(KEPT)('when the text is %j (onset dates, drugs, doses, pharmacies, plans), then nothing is masked', (input) => {
    expect(redactPii(input)).toBe(input);
  });
});

describe('redactWithEchoes', () => {
  const source = 'this is maria lopez my date of birth is march fourteenth nineteen sixty two call 555-201-8890 i live at forty two elm street springfield illinois since march 3rd my face is swelling';

  it('when a derived text repeats identifiers without their cue, then they are masked there too', () => {
    const { redacted, derived } = redactWithEchoes(source);
    expect(redacted).toBe('this is [NAME] my date of birth is [DOB] call [PHONE] i live at [ADDRESS] since march 3rd my face is swelling');
    expect(derived('Caller Maria Lopez (march fourteenth nineteen sixty two) reports swelling since march 3rd')).toBe('Caller [NAME] ([DOB]) reports swelling since march 3rd');
  });

  it('when a derived text is cut inside an identifier, then the cut beginning is masked', () => {
    const { derived } = redactWithEchoes(source);
    expect(derived('Maria asks to be called at 555-201-88…')).toBe('[NAME] asks to be called at [PHONE]…');
    expect(derived('Maria lives at forty two elm str')).toBe('[NAME] lives at [ADDRESS]');
  });

  it('when the source holds no identifier, then derived texts are only redacted', () => {
    const { redacted, derived } = redactWithEchoes('my rash started since March 3rd');
    expect(redacted).toBe('my rash started since March 3rd');
    expect(derived('rash since March 3rd, call 555-201-8890')).toBe('rash since March 3rd, call [PHONE]');
  });
});
