import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the stub does with the next chat.completions request. */
export type StubBehavior =
  | {
      kind: 'answer';
      content?: object | string;
      usage?: { prompt_tokens: number; completion_tokens: number };
      delayMs?: number;
      /** Answers once this settles: the test decides when, instead of a delay. */
      waitFor?: Promise<unknown>;
    }
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown }
  | { kind: 'hang' }
  | { kind: 'garbage' }
  | { kind: 'refusal' }
  | { kind: 'truncated' }
  | { kind: 'destroy' };

/** The recorded JSON body of a request (the stub keeps what the SDK sent, untyped). */
 
export type StubRequest = any;

export interface OpenAiStub {
  /** Base URL including `/v1`, for the SDK's `baseURL`. */
  readonly url: string;
  readonly calls: number;
  readonly requests: StubRequest[];
  setBehavior(behavior: StubBehavior | ((request: StubRequest, n: number) => StubBehavior)): void;
  close(): Promise<void>;
}

const SAFETY = /rash|swell|dizz|reaction|overdose|by mistake|ate some pills|wrong (drug|strength|label|pill)|suicid|breach|someone else|fraud|broken seal|counterfeit/;
const ACTION = /refill|renew|transfer|cancel|change my|update|reset|book|reschedule|track|refund|replace/;

/** A plausible answer from keywords, so tests that only need "an LLM" can use the stub as is. */
export function defaultAnswer(request: StubRequest): object {
  const user = request?.messages?.find((m: { role?: string }) => m.role === 'user');
  const text = String(user?.content ?? '').toLowerCase();
  const signal = SAFETY.exec(text)?.[0];
  const category = signal ? 'safety_compliance' : ACTION.test(text) ? 'service_action' : 'informational';
  return {
    category,
    confidence: 0.9,
    secondary_category: null,
    urgency: signal ? 'urgent' : category === 'service_action' ? 'medium' : 'low',
    summary: `Stub summary: ${category}`,
    reasoning: signal ? `reports "${signal}"` : `keywords suggest ${category}`,
    language: 'en',
    safety_signals: signal ? [signal] : [],
    case_facts: signal ? stubCaseFacts(signal) : null,
  };
}

/** Plausible case facts for a safety answer: the sender reports an event with an unnamed product. */
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

function completion(model: string, n: number, message: object, finishReason: string, usage?: object): object {
  return {
    id: `chatcmpl-stub-${n}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: 'assistant', refusal: null, ...message }, logprobs: null, finish_reason: finishReason }],
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
      return sendJson(res, 200, completion(model, n, { content: text }, 'stop', behavior.usage));
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

  const server = createServer((req, res) => {
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
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      // Hanging and keep-alive connections would otherwise keep close() waiting forever.
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
