import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { buildTestApp } from '../support/app.ts';
import { startOpenAiStub, type OpenAiStub } from '../support/openai-stub.ts';
import { formData, skipWithoutEspeak, speak } from '../support/speech.ts';

// Issue 14's example on the channel routes: the transcript and the mail subject leave careroute too.
const SPOKEN = ['maria', 'march fourteenth', 'nineteen sixty two', 'forty two elm', 'springfield'];
const TRANSCRIPT = 'this is maria i need a refill and update my address to forty two elm street springfield illinois my date of birth is march fourteenth nineteen sixty two';

type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
let t: TestApp | undefined;
let stub: OpenAiStub;
beforeAll(async () => {
  stub = await startOpenAiStub();
});
afterAll(() => stub.close());
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

function expectNone(where: string, value: unknown) {
  const text = JSON.stringify(value).toLowerCase();
  for (const piece of SPOKEN) expect(text, `${piece} reached ${where}`).not.toContain(piece);
}

describe('channel fields carry no spoken identifiers', () => {
  it('when a mail names the customer and her birth date in the subject, then the response subject, summary and ticket carry neither', async () => {
    t = await buildTestApp({}, { classifiers: { primary: null, fallback: createLocalClassifier() } });
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
    stub.setTranscription({ kind: 'text', text: TRANSCRIPT });
    t = await buildTestApp({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: stub.url, LLM_MAX_RETRIES: '0' });
    const form = formData({ message_id: 'ivr-pii-14' }, { name: 'audio', filename: 'call.wav', type: 'audio/wav', data: speak('I need a refill') });
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/classify/voice', headers: { 'content-type': form.contentType }, payload: form.payload });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.transcript).toContain('[DOB]');
    expectNone('the response', body);
  });
});
