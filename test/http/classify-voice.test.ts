import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/app.ts';
import { startOpenAiStub, type OpenAiStub } from '../support/openai-stub.ts';
import { formData, skipWithoutEspeak, speak } from '../support/speech.ts';

type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
let t: TestApp | undefined;
let stub: OpenAiStub;
let wav: Buffer;

// What espeak-ng says; the stub cannot hear, so each test tells it the transcript of this recording.
const SPOKEN = 'Since I started the new tablets my face is swelling. Call me back on 555 201 8890.';

beforeAll(async () => {
  stub = await startOpenAiStub();
  if (!skipWithoutEspeak) wav = speak(SPOKEN);
});
afterAll(() => stub.close());
afterEach(async () => {
  await t?.app.close();
  t = undefined;
  stub.transcriptions.length = 0;
  stub.setTranscription({ kind: 'text', text: SPOKEN });
});

const withOpenAi = (env: Record<string, string> = {}) => buildTestApp({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: stub.url, LLM_MAX_RETRIES: '0', ...env });
const voice = (fields: Record<string, string>, file?: { data: Buffer; type?: string; filename?: string; name?: string }) => {
  const form = formData(fields, file ? { name: file.name ?? 'audio', filename: file.filename ?? 'call.wav', type: file.type ?? 'audio/wav', data: file.data } : undefined);
  return { method: 'POST' as const, url: '/api/v1/classify/voice', headers: { 'content-type': form.contentType }, payload: form.payload };
};

describe.skipIf(skipWithoutEspeak)('POST /api/v1/classify/voice', () => {
  it('when an IVR recording reports a reaction, then the real SDK uploads the WAV to the transcription endpoint and a safety case is opened from the transcript', async () => {
    stub.setTranscription({ kind: 'text', text: SPOKEN });
    t = await withOpenAi();
    const response = await t.app.inject(voice({ message_id: 'ivr-3001', customer_id: 'c-77', locale: 'en-US' }, { data: wav }));
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ channel: 'voice', category: 'safety_compliance', message_id: 'ivr-3001' });
    // The transcript in the response is redacted; the case keeps the words as said.
    expect(body.transcript).toContain('my face is swelling');
    expect(body.transcript).not.toContain('555 201 8890');
    expect(t.compliance.list()[0]!.request.original_text).toContain('555 201 8890');
    const [upload] = stub.transcriptions;
    expect(upload!.contentType).toMatch(/^multipart\/form-data/);
    expect(upload!.body.includes(wav)).toBe(true);
    expect(upload!.body.toString('latin1')).toMatch(/name="model"\r\n\r\ngpt-4o-mini-transcribe\r\n/);
    expect(upload!.body.toString('latin1')).toMatch(/filename="recording\.wav"/);
    expect(upload!.body.toString('latin1')).toMatch(/name="language"\r\n\r\nen\r\n/);
    expect(t.logs.lines.join('\n')).not.toContain('555 201 8890');
  });

  it('when the same recording is sent again with its message_id, then it is a replay and is not transcribed twice', async () => {
    stub.setTranscription({ kind: 'text', text: 'please cancel my appointment on friday' });
    t = await withOpenAi();
    const first = await t.app.inject(voice({ message_id: 'ivr-3002' }, { data: wav }));
    const second = await t.app.inject(voice({ message_id: 'ivr-3002' }, { data: wav }));
    expect(first.json().category).toBe('service_action');
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().next_step.reference).toBe(first.json().next_step.reference);
    expect(stub.transcriptions).toHaveLength(1);
  });

  it('when the transcription endpoint answers 503 once, then the call is retried and the message is classified', async () => {
    stub.setTranscription((n) => (n === 1 ? { kind: 'status', status: 503, headers: { 'retry-after-ms': '10' } } : { kind: 'text', text: 'what are your opening hours on sunday' }));
    t = await withOpenAi({ LLM_MAX_RETRIES: '1' });
    const response = await t.app.inject(voice({}, { data: wav }));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ category: 'informational', transcript: 'what are your opening hours on sunday' });
    expect(stub.transcriptions).toHaveLength(2);
  });

  it('when the provider refuses the recording (HTTP 400), then 400 says so and the breaker does not count it', async () => {
    stub.setTranscription({ kind: 'status', status: 400 });
    t = await withOpenAi({ BREAKER_VOLUME_THRESHOLD: '1' });
    for (let i = 0; i < 2; i++) {
      const response = await t.app.inject(voice({}, { data: wav }));
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toMatch(/refused the recording/);
    }
    expect(stub.transcriptions).toHaveLength(2);
  });

  it('when the transcription endpoint answers a transcript padded far past any real one (12 MiB), then 503 and nothing is classified', async () => {
    // Read whole, the body is a valid transcript ("what are your opening hours"): only the cap refuses it.
    stub.setTranscription({ kind: 'oversized', bytes: 12 * 1024 * 1024, text: 'what are your opening hours' });
    t = await withOpenAi({ LLM_MAX_RETRIES: '0' });
    const before = t.classifier.calls.length;
    const response = await t.app.inject(voice({}, { data: wav }));
    expect(response.statusCode).toBe(503);
    expect(response.json().error).toBe('unavailable');
    expect(t.classifier.calls.length).toBe(before);
  });

  it('when no transcription provider is configured, then 501 transcription_unavailable', async () => {
    t = await buildTestApp();
    const response = await t.app.inject(voice({}, { data: wav }));
    expect(response.statusCode).toBe(501);
    expect(response.json()).toMatchObject({ error: 'transcription_unavailable', message: expect.stringMatching(/transcription/) });
  });

  it('when the transcription endpoint fails, then 503 with Retry-After and nothing is classified; once the breaker opens, the provider is not called', async () => {
    stub.setTranscription({ kind: 'status', status: 500 });
    t = await withOpenAi({ BREAKER_VOLUME_THRESHOLD: '2' });
    const before = t.classifier.calls.length;
    const responses = [];
    for (let i = 0; i < 3; i++) responses.push(await t.app.inject(voice({}, { data: wav })));
    for (const response of responses) {
      expect(response.statusCode).toBe(503);
      expect(response.json().error).toBe('unavailable');
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(stub.transcriptions).toHaveLength(2);
    expect(t.classifier.calls.length).toBe(before);
    const metrics = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/careroute_circuit_breaker_state\{breaker="transcription"\} 2/);
    // The voice route is degraded, the service is still ready (text channels do not need transcription).
    const ready = await t.app.inject({ method: 'GET', url: '/api/v1/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().checks.transcription).toEqual({ status: 'degraded', provider: 'openai', model: 'gpt-4o-mini-transcribe', breaker: 'open' });
  });

  it('when the audio part is not audio, then 415 lists the formats', async () => {
    t = await withOpenAi();
    const response = await t.app.inject(voice({}, { data: Buffer.from('this is a text file, not a recording'), type: 'audio/wav' }));
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ error: 'unsupported_media_type', message: expect.stringContaining('wav, mp3, m4a, ogg, webm, flac') });
    expect(stub.transcriptions).toHaveLength(0);
  });

  it('when the request is not multipart, then 415 asks for multipart/form-data', async () => {
    t = await withOpenAi();
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/classify/voice', headers: { 'content-type': 'audio/wav' }, payload: wav });
    expect(response.statusCode).toBe(415);
    expect(response.json().message).toMatch(/multipart\/form-data/);
  });

  it('when the recording is larger than MAX_AUDIO_BYTES, then 413 and nothing is transcribed', async () => {
    t = await withOpenAi({ MAX_AUDIO_BYTES: '4096' });
    const response = await t.app.inject(voice({}, { data: wav }));
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: 'payload_too_large', message: expect.stringContaining('MAX_AUDIO_BYTES') });
    expect(stub.transcriptions).toHaveLength(0);
  });

  it.each([
    ['no audio part', {}, undefined, /audio: is required/],
    ['an unknown part', { channel: 'chat' }, 'wav', /channel: unknown part/],
    ['several unknown parts', { message_id: 'm-1', customer_id: 'c-1', locale: 'en', a: '1', b: '2' }, 'wav', /a: unknown part/],
    ['a bad locale', { locale: 'not a tag' }, 'wav', /locale/],
  ])('when the form has %s, then 400 names it', async (_what, fields, withAudio, message) => {
    t = await withOpenAi();
    const response = await t.app.inject(voice(fields as Record<string, string>, withAudio ? { data: wav } : undefined));
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(message);
  });
});
