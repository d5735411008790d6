import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { createEmbeddedCompliance } from '../../src/adapters/embedded/compliance.ts';
import { createEmbeddedTicketing } from '../../src/adapters/embedded/ticketing.ts';
import type { CaseRequest } from '../../src/ports/compliance.ts';
import type { TicketRequest } from '../../src/ports/ticketing.ts';
import { json } from '../support/app.ts';
import { formData, skipWithoutEspeak, speak } from '../support/speech.ts';
import { useStubAndApps } from '../support/stub-apps.ts';

// The example of issue 14: a voice transcript with a first name, a spoken birth date and address.
const SPOKEN = ['maria', 'march fourteenth', 'nineteen sixty two', 'forty two elm', 'springfield'];
const SERVICE = 'this is maria i need a refill and update my address to forty two elm street springfield illinois my date of birth is march fourteenth nineteen sixty two';
const SAFETY = 'this is maria my date of birth is march fourteenth nineteen sixty two i live at forty two elm street springfield illinois and since march 3rd my face is swelling after lisinopril';
const local = createLocalClassifier();

const apps = useStubAndApps();

function expectNone(where: string, value: unknown) {
  const text = JSON.stringify(value).toLowerCase();
  for (const piece of SPOKEN) expect(text, `${piece} reached ${where}`).not.toContain(piece);
}

describe('every outlet gets the redacted text, never the spoken identifiers', () => {
  it('when a voice request becomes a ticket, then summary, decision_path, the ticket and the ticketing port carry no identifier', async () => {
    const sent: TicketRequest[] = [];
    const ticketing = createEmbeddedTicketing();
    const t = await apps.app({}, {
      classifiers: { primary: null, fallback: local },
      ports: { ticketing: { ...ticketing, createTicket: async (request) => (sent.push(request), ticketing.createTicket(request)) } },
    });
    const response = await t.app.inject(json({ message: SERVICE, channel: 'voice' }));
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.workflow.type).toBe('ticket');
    expect(body.summary).toContain('[NAME]');
    expectNone('summary', body.summary);
    expectNone('decision_path', body.decision_path);
    expectNone('the ticket in the response', body.workflow.ticket);
    expectNone('next_step', body.next_step);
    expect(sent).toHaveLength(1);
    expectNone("the ticket's summary", sent[0]!.summary);
    expectNone('the ticketing port', sent[0]);
  });

  it('when a voice request opens a safety case, then only original_text keeps the identifiers and the onset date stays', async () => {
    const sent: CaseRequest[] = [];
    const compliance = createEmbeddedCompliance();
    const t = await apps.app({}, {
      classifiers: { primary: null, fallback: local },
      ports: { compliance: { ...compliance, openCase: async (request) => (sent.push(request), compliance.openCase(request)) } },
    });
    const response = await t.app.inject(json({ message: SAFETY, channel: 'voice' }));
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.category).toBe('safety_compliance');
    expectNone('the response', body);
    expect(body.workflow.case.narrative).toContain('since march 3rd');
    const { original_text: original, ...rest } = sent[0]!;
    expect(original).toContain('forty two elm street');
    expectNone('the case payload', rest);
  });

  it('when the compliance port fails quoting the text, then the log lines carry no identifier', async () => {
    const t = await apps.app({}, { ports: { compliance: { openCase: async (request) => Promise.reject(new Error(`could not store: ${request.original_text}`)) } } });
    expect((await t.app.inject(json({ message: SAFETY, channel: 'voice' }))).statusCode).toBe(503);
    expect(t.logs.lines.length).toBeGreaterThan(0);
    expectNone('the logs', t.logs.lines);
  });

  it('when requests carry identifiers, then no metrics label repeats them', async () => {
    const t = await apps.app({}, { classifiers: { primary: null, fallback: local } });
    await t.app.inject(json({ message: SERVICE, channel: 'voice' }));
    await t.app.inject({ method: 'GET', url: `/api/v1/classify/${encodeURIComponent('maria march fourteenth')}` });
    const metrics = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toContain('careroute_classifications_total');
    expectNone('/metrics', metrics.body);
  });

  it('when a mail names the customer and her birth date in the subject, then the response subject, summary and ticket carry neither', async () => {
    const t = await apps.app({}, { classifiers: { primary: null, fallback: local } });
    const eml = [
      'From: Maria Lopez <maria.lopez@example.org>',
      'To: Pharmacy Care <care@pharmacy.example>',
      'Subject: Refill for Maria Lopez, date of birth March fourteenth nineteen sixty two',
      'Message-ID: <pii-14@mail.example.org>',
      'Content-Type: text/plain; charset="utf-8"',
      '',
      'Hello, please refill my lisinopril 20 mg and update my address to forty two elm street springfield illinois.',
      '',
    ].join('\r\n');
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/classify/mail', headers: { 'content-type': 'message/rfc822' }, payload: eml });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.mail.subject).toBe('Refill for [NAME], date of birth [DOB]');
    expectNone('the response', body);
    expectNone('the ticketing port', t.ticketing.list().map((x) => x.request));
  });

  it.skipIf(skipWithoutEspeak)('when an IVR call says a name, a birth date and an address, then the transcript in the response carries none of them', async () => {
    apps.stub.setTranscription({ kind: 'text', text: SERVICE });
    const t = await apps.app({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: apps.stub.url, LLM_MAX_RETRIES: '0' });
    const form = formData({ message_id: 'ivr-pii-14' }, { name: 'audio', filename: 'call.wav', type: 'audio/wav', data: speak('I need a refill') });
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/classify/voice', headers: { 'content-type': form.contentType }, payload: form.payload });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.transcript).toContain('[DOB]');
    expectNone('the response', body);
  });
});
