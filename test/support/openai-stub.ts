import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the stub does with the next chat.completions request. */
export type StubBehavior =
  | {
      kind: 'answer';
      content?: object | string;
      usage?: { prompt_tokens: number; completion_tokens: number };
      delayMs?: number;
      /** The choice's `logprobs.content`, or how to build it from the content sent (default: none, as some compatible servers). */
      logprobs?: StubLogprob[] | ((content: string) => StubLogprob[]);
      /** Answers once this settles: the test decides when, instead of a delay. */
      waitFor?: Promise<unknown>;
    }
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown }
  | { kind: 'hang' }
  | { kind: 'garbage' }
  | { kind: 'refusal' }
  | { kind: 'truncated' }
  | { kind: 'destroy' }
  /** A valid answer (`tail`, default the usual completion) padded with `bytes` spaces in front, declared or chunked. */
  | { kind: 'oversized'; bytes: number; chunked?: boolean; tail?: string };

export interface StubLogprob {
  token: string;
  logprob: number;
  top_logprobs: Array<{ token: string; logprob: number }>;
}

/**
 * Chosen logprobs for an answer: the category value is one token with probability `probability`
 * and the given alternatives; every other token is certain (probability 1).
 */
export function categoryLogprobs(probability: number, alternatives: Record<string, number> = {}): (content: string) => StubLogprob[] {
  return (content) => {
    const match = /"category"\s*:\s*"([a-z_]+)"/.exec(content);
    if (!match) return [{ token: content, logprob: 0, top_logprobs: [] }];
    const start = match.index + match[0].indexOf(match[1]!);
    const end = start + match[1]!.length;
    const top = Object.entries(alternatives).map(([token, p]) => ({ token, logprob: Math.log(p) }));
    return [
      { token: content.slice(0, start), logprob: 0, top_logprobs: [] },
      { token: content.slice(start, end), logprob: Math.log(probability), top_logprobs: [{ token: match[1]!, logprob: Math.log(probability) }, ...top] },
      { token: content.slice(end), logprob: 0, top_logprobs: [] },
    ];
  };
}

/** The recorded JSON body of a request (the stub keeps what the SDK sent, untyped). */
 
export type StubRequest = any;

/** What the stub does with the next /audio/transcriptions request (it hears nothing: the test says what was said). */
export type TranscriptionBehavior =
  | { kind: 'text'; text: string }
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  | { kind: 'oversized'; bytes: number; text: string };

/** A recorded transcription upload: the multipart body as the SDK sent it. */
export interface TranscriptionUpload {
  contentType: string;
  body: Buffer;
}

export interface OpenAiStub {
  /** Base URL including `/v1`, for the SDK's `baseURL`. */
  readonly url: string;
  readonly calls: number;
  readonly requests: StubRequest[];
  setBehavior(behavior: StubBehavior | ((request: StubRequest, n: number) => StubBehavior)): void;
  /** POST /v1/audio/transcriptions uploads received. */
  readonly transcriptions: TranscriptionUpload[];
  setTranscription(behavior: TranscriptionBehavior | ((n: number) => TranscriptionBehavior)): void;
  close(): Promise<void>;
}

const SAFETY = /rash|swell|dizz|reaction|overdose|by mistake|ate some pills|wrong (drug|strength|label|pill)|suicid|breach|someone else|fraud|broken seal|counterfeit/;
const ACTION = /refill|renew|transfer|cancel|change my|update|reset|book|reschedule|track|refund|replace/;

/** True when the request asks for the baseline prompt's answer (the compact one is the default). */
export function wantsBaseline(request: StubRequest): boolean {
  return request?.response_format?.json_schema?.name === 'triage_classification';
}

/**
 * A plausible answer from keywords, in the format the request's schema asks for (compact or
 * baseline), so tests that only need "an LLM" can use the stub as is.
 */
export function defaultAnswer(request: StubRequest): object {
  const user = request?.messages?.find((m: { role?: string }) => m.role === 'user');
  const text = String(user?.content ?? '').toLowerCase();
  const signal = SAFETY.exec(text)?.[0];
  const category = signal ? 'safety_compliance' : ACTION.test(text) ? 'service_action' : 'informational';
  const urgency = signal ? 'urgent' : category === 'service_action' ? 'medium' : 'low';
  if (!wantsBaseline(request)) {
    return { category, confidence: 0.9, urgency, lang: 'en', signals: signal ? [signal] : [], facts: signal ? stubCompactFacts(signal) : null };
  }
  return {
    category,
    confidence: 0.9,
    secondary_category: null,
    urgency,
    summary: `Stub summary: ${category}`,
    reasoning: signal ? `reports "${signal}"` : `keywords suggest ${category}`,
    language: 'en',
    safety_signals: signal ? [signal] : [],
    case_facts: signal ? stubCaseFacts(signal) : null,
  };
}

/** The compact answer's facts for a safety signal (the same facts as stubCaseFacts). */
export function stubCompactFacts(signal: string): object {
  return {
    patient: 'the sender',
    reporter: 'consumer (the patient)',
    product: 'unspecified: the medication mentioned',
    event: signal,
    serious: /suicid|overdose/.test(signal) ? ['medical'] : [],
    subtype: /suicid/.test(signal) ? 'self_harm' : /breach|someone else/.test(signal) ? 'privacy' : 'adverse_event',
  };
}

/** Plausible case facts for a (baseline) safety answer: the sender reports an event with an unnamed product. */
export function stubCaseFacts(signal: string): object {
  return {
    patient: { present: true, value: 'the sender' },
    reporter: { present: true, value: 'consumer (the patient)' },
    suspect_product: { present: true, value: 'unspecified: the medication mentioned' },
    adverse_event: { present: true, value: signal },
    seriousness: {
      death: false,
      life_threatening: false,
      hospitalisation: false,
      disability: false,
      congenital_anomaly: false,
      other_medically_important: /suicid|overdose/.test(signal),
    },
    subtype: /suicid/.test(signal) ? 'self_harm_or_emergency' : /breach|someone else/.test(signal) ? 'privacy_breach' : 'adverse_event',
  };
}

function completion(model: string, n: number, message: object, finishReason: string, usage?: object, logprobs?: StubLogprob[]): object {
  return {
    id: `chatcmpl-stub-${n}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: 'assistant', refusal: null, ...message }, logprobs: logprobs ? { content: logprobs, refusal: null } : null, finish_reason: finishReason }],
    usage: { prompt_tokens: 120, completion_tokens: 45, total_tokens: 165, ...usage },
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

function respond(res: ServerResponse, behavior: StubBehavior, request: StubRequest, n: number): void {
  const model = String(request?.model ?? 'stub-model');
  switch (behavior.kind) {
    case 'answer': {
      const content = behavior.content ?? defaultAnswer(request);
      const text = typeof content === 'string' ? content : JSON.stringify(content);
      const logprobs = typeof behavior.logprobs === 'function' ? behavior.logprobs(text) : behavior.logprobs;
      return sendJson(res, 200, completion(model, n, { content: text }, 'stop', behavior.usage, logprobs));
    }
    case 'status': {
      const body = behavior.body ?? { error: { message: `stub status ${behavior.status}`, type: 'stub_error', code: null } };
      return sendJson(res, behavior.status, body, behavior.headers);
    }
    case 'hang':
      return;
    case 'garbage':
      return sendJson(res, 200, '{"id": "chatcmpl-broken", "choices": [ {"mess');
    case 'refusal':
      return sendJson(res, 200, completion(model, n, { content: null, refusal: "I'm sorry, I can't help with that." }, 'stop'));
    case 'truncated':
      return sendJson(res, 200, completion(model, n, { content: '{"category": "informational", "confid' }, 'length'));
    case 'destroy':
      res.socket?.destroy();
      return;
    case 'oversized': {
      // A valid answer padded far past any real one (a proxy's runaway page would look no different to a reader
      // that reads everything): `{"pad":"<bytes spaces>", ...the usual completion}`, in 64 KiB writes.
      const tail = behavior.tail ?? JSON.stringify(completion(model, n, { content: JSON.stringify(defaultAnswer(request)) }, 'stop'));
      const head = Buffer.from('{"pad":"');
      const end = Buffer.from(`",${tail.slice(1)}`);
      const block = Buffer.alloc(64 * 1024, 0x20);
      const total = head.length + behavior.bytes + end.length;
      res.writeHead(200, { 'content-type': 'application/json', ...(behavior.chunked ? {} : { 'content-length': String(total) }) });
      res.on('error', () => undefined);
      res.write(head);
      let left = behavior.bytes;
      const pump = (): void => {
        while (left > 0 && !res.destroyed) {
          const size = Math.min(left, block.length);
          left -= size;
          if (!res.write(size === block.length ? block : block.subarray(0, size))) return void res.once('drain', pump);
        }
        if (!res.destroyed) res.end(end);
      };
      return pump();
    }
  }
}

async function readJson(req: IncomingMessage): Promise<StubRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return null;
  }
}

/** A loopback OpenAI-compatible server (POST /v1/chat/completions) for the real SDK. */
export async function startOpenAiStub(): Promise<OpenAiStub> {
  let behavior: StubBehavior | ((request: StubRequest, n: number) => StubBehavior) = { kind: 'answer' };
  const requests: StubRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();

  let transcription: TranscriptionBehavior | ((n: number) => TranscriptionBehavior) = { kind: 'text', text: 'stub transcript' };
  const transcriptions: TranscriptionUpload[] = [];
  const server = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/v1/audio/transcriptions') {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        transcriptions.push({ contentType: String(req.headers['content-type'] ?? ''), body: Buffer.concat(chunks) });
        const chosen = typeof transcription === 'function' ? transcription(transcriptions.length) : transcription;
        if (chosen.kind === 'text') return sendJson(res, 200, { text: chosen.text });
        if (chosen.kind === 'oversized') return respond(res, { kind: 'oversized', bytes: chosen.bytes, chunked: true, tail: JSON.stringify({ text: chosen.text }) }, null, 0);
        sendJson(res, chosen.status, { error: { message: `stub status ${chosen.status}`, type: 'stub_error', code: null } }, chosen.headers);
      });
      return;
    }
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      return sendJson(res, 404, { error: { message: 'not found', type: 'invalid_request_error', code: null } });
    }
    void readJson(req).then((request) => {
      requests.push(request);
      const n = requests.length;
      const chosen = typeof behavior === 'function' ? behavior(request, n) : behavior;
      if (chosen.kind === 'answer' && chosen.waitFor) {
        void chosen.waitFor.then(() => {
          if (!res.destroyed) respond(res, chosen, request, n);
        });
        return;
      }
      const delay = chosen.kind === 'answer' ? (chosen.delayMs ?? 0) : 0;
      if (delay <= 0) return respond(res, chosen, request, n);
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) respond(res, chosen, request, n);
      }, delay);
      timers.add(timer);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    get calls() {
      return requests.length;
    },
    requests,
    setBehavior(next) {
      behavior = next;
    },
    transcriptions,
    setTranscription(next) {
      transcription = next;
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      // Hanging and keep-alive connections would otherwise keep close() waiting forever.
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
