import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formData } from '../support/speech.ts';
import { useStubAndApps, type TestApp } from '../support/stub-apps.ts';

const apps = useStubAndApps();

async function validatorFor(app: TestApp['app']) {
  const document = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  for (const [name, schema] of Object.entries(document.components.schemas)) ajv.addSchema(schema as object, `#/components/schemas/${name}`);
  const check = (name: string, body: unknown) => {
    const validate = ajv.getSchema(`#/components/schemas/${name}`)!;
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
  return { document, check };
}

// A WAV header is enough here: the stub does not listen (the real-audio tests are in classify-voice.test.ts).
const WAV = Buffer.concat([Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1'), Buffer.alloc(64)]);

describe('OpenAPI document: channel routes', () => {
  it('when /openapi.json is fetched, then it documents the mail and voice routes with their errors, and the console', async () => {
    const t = await apps.app();
    const { document } = await validatorFor(t.app);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/v1/classify/mail', '/api/v1/classify/voice', '/console']));
    expect(Object.keys(document.paths['/api/v1/classify/mail'].post.requestBody.content)).toEqual(['message/rfc822']);
    expect(Object.keys(document.paths['/api/v1/classify/voice'].post.responses)).toEqual(expect.arrayContaining(['200', '400', '413', '415', '501', '503']));
  });

  it('when real mail and voice answers and their errors are checked, then they match the document', async () => {
    const t = await apps.app({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: apps.stub.url });
    apps.stub.setTranscription({ kind: 'text', text: 'I need to cancel my delivery for tomorrow' });
    const { check } = await validatorFor(t.app);
    const eml = readFileSync(new URL('../fixtures/mail/attachment.eml', import.meta.url));
    const mail = await t.app.inject({ method: 'POST', url: '/api/v1/classify/mail', headers: { 'content-type': 'message/rfc822' }, payload: eml });
    expect(check('MailClassifyResponse', mail.json())).toEqual([]);
    const form = formData({ message_id: 'ivr-openapi' }, { name: 'audio', filename: 'call.wav', type: 'audio/wav', data: WAV });
    const voice = await t.app.inject({ method: 'POST', url: '/api/v1/classify/voice', headers: { 'content-type': form.contentType }, payload: form.payload });
    expect(voice.statusCode).toBe(200);
    expect(check('VoiceClassifyResponse', voice.json())).toEqual([]);
    const refused = await t.app.inject({ method: 'POST', url: '/api/v1/classify/mail', headers: { 'content-type': 'text/plain' }, payload: 'hi' });
    expect(check('Error', refused.json())).toEqual([]);
  });

  it('when no transcription provider is configured, then the 501 matches the Error schema', async () => {
    const t = await apps.app();
    const { check } = await validatorFor(t.app);
    const form = formData({}, { name: 'audio', filename: 'call.wav', type: 'audio/wav', data: WAV });
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/classify/voice', headers: { 'content-type': form.contentType }, payload: form.payload });
    expect(response.statusCode).toBe(501);
    expect(check('Error', response.json())).toEqual([]);
  });
});
