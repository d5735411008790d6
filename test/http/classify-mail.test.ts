import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/app.ts';

type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

const eml = (name: string) => readFileSync(new URL(`../fixtures/mail/${name}.eml`, import.meta.url));
const mail = (payload: Buffer | string, query = '', headers: Record<string, string> = {}) => ({
  method: 'POST' as const,
  url: `/api/v1/classify/mail${query}`,
  headers: { 'content-type': 'message/rfc822', ...headers },
  payload,
});

describe('POST /api/v1/classify/mail', () => {
  it('when a multipart/alternative mail asks for a refill, then a ticket is opened from its text part and the Message-ID is the message_id', async () => {
    t = await buildTestApp();
    const response = await t.app.inject(mail(eml('multipart-alternative'), '?customer_id=c-118&locale=en-GB'));
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.channel).toBe('mail');
    expect(body.category).toBe('service_action');
    expect(body.message_id).toBe('20261204091244.5531@mail.example.org');
    expect(body.mail).toEqual({ message_id: '20261204091244.5531@mail.example.org', subject: 'Refill request', attachments: [] });
    const [ticket] = t.ticketing.list();
    expect(ticket!.request.customer_id).toBe('c-118');
    expect(ticket!.request.channel).toBe('mail');
    // The classifier saw the subject and the plain-text body, not the HTML alternative twice.
    const seen = t.classifier.calls.at(-1)!.text;
    expect(seen).toMatch(/^Refill request\n\nHello,\n\nPlease refill my lisinopril 20 mg/);
    expect(seen).not.toMatch(/<b>|<p>/);
  });

  it('when a mail has only an HTML part, then its text (without markup or styles) is classified', async () => {
    t = await buildTestApp();
    const response = await t.app.inject(mail(eml('html-only')));
    expect(response.statusCode).toBe(200);
    expect(response.json().category).toBe('informational');
    const seen = t.classifier.calls.at(-1)!.text;
    expect(seen).toContain('What are your opening hours on Sunday?');
    expect(seen).not.toMatch(/<|color: #333|DOCTYPE/);
  });

  it('when a mail reports a reaction with attachments, then the case keeps the sender as reporter contact, and attachments are only counted and typed', async () => {
    t = await buildTestApp();
    const response = await t.app.inject(mail(eml('attachment')));
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.category).toBe('safety_compliance');
    expect(body.mail.attachments).toEqual([
      { filename: 'rash.jpg', content_type: 'image/jpeg', size: 159 },
      { filename: 'box-label.pdf', content_type: 'application/pdf', size: 82 },
    ]);
    const [stored] = t.compliance.list();
    expect(stored!.request.reporter_contact).toBe('priya.shah@example.com');
    // The sender's address and phone reach neither the response nor any log line.
    expect(response.body).not.toContain('priya.shah@example.com');
    expect(response.body).not.toContain('555 201 8890');
    expect(t.logs.lines.join('\n')).not.toContain('priya.shah');
  });

  it('when a mail is a reply over quoted history, then only the new text is classified (the quoted rash is not a report)', async () => {
    t = await buildTestApp();
    const response = await t.app.inject(mail(eml('quoted-reply')));
    expect(response.statusCode).toBe(200);
    expect(response.json().category).toBe('service_action');
    expect(response.json().mail.subject).toBe('Your order 88213');
    const seen = t.classifier.calls.at(-1)!.text;
    expect(seen).toContain('Please cancel order 88213');
    expect(seen).not.toMatch(/hydrocortisone|rash|Tom Becker/);
  });

  it('when the same mail arrives twice (forwarded through two relays), then it is classified once and the second answer is a replay', async () => {
    t = await buildTestApp();
    const raw = eml('forwarded-twice').toString('utf8');
    const warmUpCalls = t.classifier.calls.length;
    const first = await t.app.inject(mail(raw));
    const second = await t.app.inject(mail(`Received: from relay-c.example.net by mx2.pharmacy.example; Sat, 05 Dec 2026 12:01:00 +0000\n${raw}`));
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().next_step.reference).toBe(first.json().next_step.reference);
    expect(t.ticketing.list()).toHaveLength(1);
    expect(t.classifier.calls.length - warmUpCalls).toBe(1);
    // The forward's header goes, its text stays (a forward is what the sender sends us).
    expect(t.classifier.calls.at(-1)!.text).toMatch(/transfer my prescription to the Oak Avenue store/);
    expect(t.classifier.calls.at(-1)!.text).not.toMatch(/^From:|^-+ ?Forwarded/m);
  });

  it('when the media type has parameters or another case, then it is still a mail', async () => {
    t = await buildTestApp();
    const response = await t.app.inject(mail(eml('html-only'), '', { 'content-type': 'Message/RFC822; charset=utf-8' }));
    expect(response.statusCode).toBe(200);
  });

  it('when a message_id query parameter is given, then it overrides the Message-ID', async () => {
    t = await buildTestApp();
    const response = await t.app.inject(mail(eml('html-only'), '?message_id=crm-991'));
    expect(response.json().message_id).toBe('crm-991');
    expect(response.json().mail.message_id).toBe('CAFx93=html.only@mail.example.net');
  });

  it.each([
    ['a body that is not MIME', Buffer.from([0, 1, 2, 3, 255, 254]), /no header block/],
    ['a mail with only an attachment', eml('no-text-part'), /no text part/],
    ['a mail with an empty body', eml('empty-body'), /body is empty/],
  ])('when the request is %s, then 400 names the problem', async (_what, payload, message) => {
    t = await buildTestApp();
    const response = await t.app.inject(mail(payload));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'invalid_request', message: expect.stringMatching(message) });
  });

  it('when a query parameter is unknown or invalid, then 400 names it', async () => {
    t = await buildTestApp();
    const unknown = await t.app.inject(mail(eml('html-only'), '?customer=1'));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toMatch(/customer/);
    const locale = await t.app.inject(mail(eml('html-only'), '?locale=not%20a%20tag'));
    expect(locale.statusCode).toBe(400);
    expect(locale.json().message).toMatch(/locale/);
  });

  it('when the mail is larger than MAX_MAIL_BYTES, then 413', async () => {
    t = await buildTestApp({ MAX_MAIL_BYTES: '2048' });
    const big = `Subject: long\n\n${'please refill '.repeat(300)}`;
    const response = await t.app.inject(mail(big));
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toBe('payload_too_large');
  });

  it.each([['application/json', '{"message":"hi"}'], ['text/plain', 'Subject: x\n\nhello']])(
    'when the Content-Type is %s, then 415 asks for message/rfc822',
    async (type, payload) => {
      t = await buildTestApp();
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/classify/mail', headers: { 'content-type': type }, payload });
      expect(response.statusCode).toBe(415);
      expect(response.json()).toMatchObject({ error: 'unsupported_media_type', message: expect.stringContaining('message/rfc822') });
    },
  );

  it('when API keys are configured and none is given, then 401 before the mail is read', async () => {
    t = await buildTestApp({ API_KEYS: 'mailer:k-7f3a9c21e84b6d05f2c8a1e9b3d7460c' });
    const response = await t.app.inject(mail(eml('html-only')));
    expect(response.statusCode).toBe(401);
    const keyed = await t.app.inject(mail(eml('html-only'), '', { authorization: 'Bearer k-7f3a9c21e84b6d05f2c8a1e9b3d7460c' }));
    expect(keyed.statusCode).toBe(200);
  });
});
