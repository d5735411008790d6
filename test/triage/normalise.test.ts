import { describe, expect, it } from 'vitest';
import { normaliseMessage, stripMailHistory } from '../../src/triage/normalise.ts';

describe('normaliseMessage', () => {
  it('when text has control characters, zero-width marks and odd spacing, then they are removed and it is trimmed', () => {
    expect(normaliseMessage('  hi\u0000 there\u200B\t\t friend\r\n\r\n\r\n\r\nbye ', 'chat')).toBe('hi there friend\n\nbye');
  });

  it('when text is decomposed Unicode, then it becomes NFC', () => {
    expect(normaliseMessage('cafe\u0301', 'chat')).toBe('caf\u00e9');
  });

  it('when a mail has a quoted reply, then only the new text remains', () => {
    const mail = 'Subject: refill\n\nPlease refill my inhaler.\n\nOn Tue, Mar 4, 2026 at 10:00 AM CareRx <help@example.com> wrote:\n> Your order shipped.\n> I have a rash';
    expect(normaliseMessage(mail, 'mail')).toBe('Subject: refill\n\nPlease refill my inhaler.');
  });

  it('when a mail has a signature, then it is dropped', () => {
    expect(stripMailHistory('Where is my package?\n--\nMaria\n555-0100')).toBe('Where is my package?');
    expect(stripMailHistory('Hola, necesito ayuda\nEnviado desde mi iPhone')).toBe('Hola, necesito ayuda');
  });

  it('when a mail begins with its own From header, then the body is kept', () => {
    expect(stripMailHistory('From: maria@example.com\nSubject: hours\n\nWhen do you open?')).toBe('From: maria@example.com\nSubject: hours\n\nWhen do you open?');
  });

  it('when a mail is only quoted history, then the quoted text is kept rather than lost', () => {
    expect(stripMailHistory('> my face is swelling since the new pills')).toBe('my face is swelling since the new pills');
  });

  it('when the channel is not mail, then quoted lines are kept', () => {
    expect(normaliseMessage('> hello', 'chat')).toBe('> hello');
  });
});
