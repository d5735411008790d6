import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { PINO_REDACT_PATHS, redactLogValue } from '../../src/observability/pino-redaction.ts';
import { findPii, redactPii } from '../../src/observability/redact.ts';

const MASKED: Array<[string, string]> = [
  // email
  ['write to maria.lopez@example.com today', 'write to [EMAIL] today'],
  ['JOHN_SMITH+rx@mail.health-plan.co.uk', '[EMAIL]'],
  // phone, US formats
  ['call me at 555-201-8890', 'call me at [PHONE]'],
  ['call 555 123 4567 please', 'call [PHONE] please'],
  ['(555)123-4567', '[PHONE]'],
  ['(555) 123-4567 ext 12', '[PHONE]'],
  ['+1-555-123-4567', '[PHONE]'],
  ['1-800-555-1234', '[PHONE]'],
  ['555.123.4567', '[PHONE]'],
  ['cell 5551234567', 'cell [PHONE]'],
  ['or 555-1234 after 5', 'or [PHONE] after 5'],
  // phone, international
  ['+44 20 7946 0958', '[PHONE]'],
  ['+33 (1) 23 45 67 89', '[PHONE]'],
  ['+442079460958', '[PHONE]'],
  ['llámame al 55 1234 5678', 'llámame al [PHONE]'],
  ['ring 020 7946 0958', 'ring [PHONE]'],
  // phone spoken by a voice transcript
  ['my number is five five five one two three four five six seven thanks', 'my number is [PHONE] thanks'],
  ['it is double five five, one two three, four five six seven', 'it is [PHONE]'],
  ['mi número es cinco cinco cinco uno dos tres cuatro', 'mi número es [PHONE]'],
  // ssn
  ['ssn 123-45-6789', 'ssn [SSN]'],
  ['social is 123 45 6789', 'social is [SSN]'],
  ['ssn 123456789', 'ssn [SSN]'],
  ['my social security number: 123456789', 'my social security number: [SSN]'],
  // date of birth, only when cued
  ['dob 03/14/1962', 'dob [DOB]'],
  ['date of birth: 1962-03-14', 'date of birth: [DOB]'],
  ['I was born on March 14, 1962', 'I was born on [DOB]'],
  ['birthday is 14 March 1962', 'birthday is [DOB]'],
  ['fecha de nacimiento 14 de marzo de 1962', 'fecha de nacimiento [DOB]'],
  ['DOB: 3-14-62', 'DOB: [DOB]'],
  // member id
  ['member id XJH123456789', 'member id [MEMBER_ID]'],
  ['my card says XJH123456789', 'my card says [MEMBER_ID]'],
  ['member #: 88812345', 'member #: [MEMBER_ID]'],
  ['subscriber id is W123456789', 'subscriber id is [MEMBER_ID]'],
  ['policy number ABC-123-456', 'policy number [MEMBER_ID]'],
  // mrn
  ['mrn 00123456', 'mrn [MRN]'],
  ['medical record number: A1234567', 'medical record number: [MRN]'],
  // rx number
  ['rx # 4471923', 'rx # [RX]'],
  ['Rx#1234567 is late', 'Rx#[RX] is late'],
  ['rx 4471923', 'rx [RX]'],
  ['prescription 12-34567', 'prescription [RX]'],
  ['prescription number is 5551212', 'prescription number is [RX]'],
  // card
  ['4111 1111 1111 1111', '[CARD]'],
  ['paid with 4111-1111-1111-1111 yesterday', 'paid with [CARD] yesterday'],
  ['378282246310005', '[CARD]'],
  ['card number 1234 5678 9012 3456', 'card number [CARD]'],
  // address
  ['I live at 123 Main St.', 'I live at [ADDRESS]'],
  ['ship to 4500 W. Elm Avenue Apt 5 today', 'ship to [ADDRESS] today'],
  ['12B Oak Ln #3', '[ADDRESS]'],
  ['123 Main St, Springfield, IL 62704', '[ADDRESS]'],
  ['vivo en Calle 5 #123', 'vivo en [ADDRESS]'],
  ['Avenida Juárez 45, Col. Centro', '[ADDRESS]'],
  // ip
  ['from 192.168.10.20.', 'from [IP].'],
  ['ip 8.8.8.8', 'ip [IP]'],
  ['from 2001:db8:85a3::8a2e:370:7334.', 'from [IP].'],
  ['client fe80::1ff:fe23:4567:890a said', 'client [IP] said'],
  ['mapped ::ffff:192.168.10.4 ok', 'mapped [IP] ok'],
  ['FULL 2001:0DB8:0000:0000:0000:FF00:0042:8329', 'FULL [IP]'],
  ['take it at 10:30:45 and 08:00', 'take it at 10:30:45 and 08:00'],
  ['ratio 1:2:3 of doses', 'ratio 1:2:3 of doses'],
  // names, after a cue
  ['My name is Maria Lopez.', 'My name is [NAME].'],
  ['my name is maria and i need a refill', 'my name is [NAME] and i need a refill'],
  ['This is John Smith calling about my order', 'This is [NAME] calling about my order'],
  ['patient: John A. Smith', 'patient: [NAME]'],
  ['Thanks for the help.\n\nRegards,\nMaria de la Cruz', 'Thanks for the help.\n\nRegards,\n[NAME]'],
  ['me llamo José Núñez', 'me llamo [NAME]'],
];

const KEPT: string[] = [
  'lisinopril 20 mg twice a day',
  'metformin 500mg, 2 pills after meals',
  'I need my 90 day supply',
  'pick up at 9am or 10:30',
  'the rash started at 3 pm',
  'been on it since 2019',
  'store 112 on 5th avenue',
  'take 1 tablet every 8 hours for 10 days',
  'it takes 10 minutes to drive there',
  'my rx is ready and my prescription for 90 tablets',
  'refill 2 of 5, copay $12.50',
  'order placed on 03/14/2024',
  'This is Urgent, I am Not happy',
  'This is Walgreens Pharmacy',
  'between 100-200 mg',
  'my member id is not working',
  'NDC 0093-7214-01 is recalled?',
  'blood pressure 150/90 and sugar 240',
  'en la calle me dieron 2 pastillas',
  'My name is on the account but spelled wrong',
];

const MESSAGES: Array<{ text: string; gone: string[]; kept: string[] }> = [
  {
    text: 'since i started lisinopril 20 mg my face is swelling, call me at 555-201-8890',
    gone: ['555-201-8890'],
    kept: ['lisinopril 20 mg', 'face is swelling'],
  },
  {
    text: 'this is maria speaking uh my date of birth is march fourteenth... no sorry dob 03/14/1962 and my phone is five five five two zero one eight eight nine zero, i took two pills of ibuprofen 800 mg and now i cannot breathe',
    gone: ['03/14/1962', 'five five five two'],
    kept: ['ibuprofen 800 mg', 'cannot breathe', 'two pills'],
  },
  {
    text: 'Hello,\nmy member id XJH123456789 was rejected at store 112 for my 90 day supply of atorvastatin 40 mg. Please mail the card to 4500 W. Elm Avenue Apt 5, Springfield, IL 62704 or email maria.lopez@example.com.\n\nRegards,\nMaria Lopez',
    gone: ['XJH123456789', 'Elm Avenue', '62704', 'maria.lopez@', 'Maria Lopez'],
    kept: ['store 112', '90 day supply', 'atorvastatin 40 mg', 'rejected'],
  },
];

describe('redactPii', () => {
  it.each(MASKED)('when the text is %j, then it reads %j', (input, expected) => {
    expect(redactPii(input)).toBe(expected);
  });

  it.each(KEPT)('when the text is %j, then nothing is masked', (input) => {
    expect(redactPii(input)).toBe(input);
  });

  it.each(MESSAGES)('when a whole message is redacted, then PII goes and triage words stay: $text', ({ text, gone, kept }) => {
    const out = redactPii(text);
    for (const piece of gone) expect(out).not.toContain(piece);
    for (const piece of kept) expect(out).toContain(piece);
  });

  it.each([...MASKED.map(([input]) => input), ...MESSAGES.map((m) => m.text)])(
    'when %j is redacted twice, then the second pass changes nothing',
    (input) => {
      const once = redactPii(input);
      expect(redactPii(once)).toBe(once);
    },
  );

  it('when the text is empty, then it stays empty and holds no PII', () => {
    expect(redactPii('')).toBe('');
    expect(findPii('')).toEqual([]);
  });

  it('when a 5000-character message repeats PII, then every occurrence is masked', () => {
    const unit = 'took 20 mg, call 555-201-8890 or mail a.b@example.org. ';
    const text = unit.repeat(Math.ceil(5000 / unit.length)).slice(0, 5000);
    const out = redactPii(text);
    expect(out).not.toMatch(/555-201|@example/);
    expect(out.match(/\[PHONE\]/g)?.length).toBe(text.split('555-201-8890').length - 1);
    expect(out).toContain('took 20 mg');
  });

  it.each(['1'.repeat(5000), '1 '.repeat(2500), 'a'.repeat(5000), '9.'.repeat(2500), 'a@'.repeat(2500)])(
    'when the input is degenerate and holds no identifier (%#), then redaction returns it unchanged',
    (input) => {
      expect(redactPii(input)).toBe(input);
    },
  );

  it('when the input is 1,250 spoken digits in a row, then redaction returns one phone mask for the run', () => {
    expect(redactPii('one '.repeat(1250))).toBe('[PHONE] ');
  });
});

describe('findPii', () => {
  it('when a text holds several kinds, then offsets point at each value and the cues stay outside', () => {
    const text = 'My name is Ana Ruiz, dob 1962-03-14, call +44 20 7946 0958 or mail ana@x.io';
    const spans = findPii(text);
    expect(spans.map((s) => [s.kind, text.slice(s.start, s.end)])).toEqual([
      ['name', 'Ana Ruiz'],
      ['dob', '1962-03-14'],
      ['phone', '+44 20 7946 0958'],
      ['email', 'ana@x.io'],
    ]);
  });
});

describe('log redaction', () => {
  it('when a log object nests PII, loops and deep values, then strings are masked and the walk ends', () => {
    const obj: Record<string, unknown> = { user: { note: 'call 555-201-8890', n: 3, list: ['ssn 123-45-6789'] } };
    obj['self'] = obj;
    let deep: Record<string, unknown> = { v: 'x' };
    for (let i = 0; i < 20; i++) deep = { deep };
    obj['deep'] = deep;
    const out = redactLogValue(obj) as Record<string, unknown>;
    expect(out['user']).toEqual({ note: 'call [PHONE]', n: 3, list: ['ssn [SSN]'] });
    expect(out['self']).toBe('[Circular]');
    expect(JSON.stringify(out['deep'])).toContain('[Truncated]');
    expect(redactLogValue(new Error('bad input from a@b.com'))).toMatchObject({ type: 'Error', message: 'bad input from [EMAIL]' });
  });

  it('when pino logs with the paths and the hook, then neither secrets nor customer text reach the output', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = pino({ redact: PINO_REDACT_PATHS, formatters: { log: (o) => redactLogValue(o) as Record<string, unknown> } }, sink);
    log.info({ req: { headers: { authorization: 'Bearer s3cret', 'x-api-key': 'k3y' } }, customer_id: 'C-991', body: { message: 'hi' }, note: 'mail a@b.com' }, 'classified');
    const line = lines.join('');
    for (const secret of ['s3cret', 'k3y', 'C-991', '"hi"', 'a@b.com']) expect(line).not.toContain(secret);
    expect(line).toContain('[EMAIL]');
  });
});
