import { Agent } from 'undici';
import { AnswerTooLargeError, joined, NULL_BODY_STATUS, readAnswer } from './answer-reader.ts';
import { callSignalOf } from './llm-call-signal.ts';

export { AnswerTooLargeError } from './answer-reader.ts';

/**
 * The `fetch` the OpenAI SDK is given: one undici
 * dispatch per call over a keep-alive pool (answer-reader.ts), the answer read whole and handed back as a `Response` (ReadAnswer).
 *
 * Why not the built-in fetch: it runs every request and response through WHATWG streams, abort
 * controllers and header guards. Profiled under load (`npm run bench -- --profile`, scenario c)
 * that machinery, not the SDK, was the largest cost of the openai path; undici's dispatch does
 * the same HTTP work in a fraction of the CPU. The SDK keeps doing everything else (headers,
 * auth, errors, parsing), so its behaviour is unchanged.
 *
 * Only what a chat completion needs is supported: string or byte bodies. Any other body (a stream,
 * form data) goes to the built-in fetch unchanged.
 */
export interface LlmFetch {
  fetch: typeof fetch;
  close(): Promise<void>;
}

/**
 * The most bytes an answer may hold. A chat completion with log-probabilities for every token of the longest answer
 * careroute asks for is tens of KB; a body past this is no answer (a proxy's page, a gateway that never stops), and
 * reading it whole would let a broken upstream fill the process's memory. Past it the body is dropped unread.
 */
export const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

/** Every chunk joined, or AnswerTooLargeError (after `stop`) once they pass `limit` bytes. */
async function readUpTo(chunks: AsyncIterable<Uint8Array>, limit: number, stop: () => void): Promise<Uint8Array<ArrayBuffer>> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.byteLength;
    if (size > limit) {
      stop();
      throw new AnswerTooLargeError(limit);
    }
    parts.push(chunk);
  }
  return joined(parts, size);
}

/**
 * The built-in fetch with the same cap on the answer, for what llmFetch does not send itself (the transcription
 * client's multipart uploads): the answer read up to `limit` bytes, AnswerTooLargeError past it.
 */
export async function fetchCapped(input: string | URL | Request, init?: RequestInit, limit = MAX_ANSWER_BYTES): Promise<Response> {
  const response = await fetch(input, init);
  const declared = response.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw new AnswerTooLargeError(limit);
  }
  if (response.body === null || NULL_BODY_STATUS.has(response.status)) return response;
  // Leaving the loop early cancels the stream (its iterator's return), so stop has nothing more to do.
  const bytes = await readUpTo(response.body as unknown as AsyncIterable<Uint8Array>, limit, () => undefined);
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
}

function toHeaderRecord(headers: HeadersInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  // Headers' own forEach (names come lower-cased): its iterator builds an entry array per header on top.
  if (headers instanceof Headers) {
    headers.forEach((value, name) => (out[name] = value));
    return out;
  }
  if (Array.isArray(headers)) {
    for (const [name, value] of headers as Iterable<[string, string]>) out[name.toLowerCase()] = value;
    return out;
  }
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) out[name.toLowerCase()] = String(value);
  return out;
}

/** Where undici's request(url) would send: the origin and path of a URL, parsed once per URL. */
const targets = new Map<string, { origin: string; path: string }>();
// A process calls one or two endpoints: the bound keeps a caller that varies its URLs from growing this.
const MAX_TARGETS = 64;

function targetOf(url: string | URL): { origin: string; path: string } {
  const key = String(url);
  let target = targets.get(key);
  if (target === undefined) {
    const parsed = new URL(key);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new TypeError(`the URL must start with http: or https: (got ${parsed.protocol})`);
    target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
    if (targets.size >= MAX_TARGETS) targets.clear();
    targets.set(key, target);
  }
  return target;
}

// Idle keep-alive sockets stay open this long (unless the upstream's Keep-Alive header says less):
// a quiet minute between bursts should not cost a new TCP and TLS handshake per connection.
const KEEP_ALIVE_MS = 30_000;

export function createLlmFetch(options: { connectTimeoutMs?: number; maxAnswerBytes?: number } = {}): LlmFetch {
  const maxAnswerBytes = options.maxAnswerBytes ?? MAX_ANSWER_BYTES;
  // No headers/body timeouts of its own: the caller's AbortSignal (the provider's deadline) bounds the call.
  // One Agent keeps one pool per upstream origin, so every call to the same API reuses warm sockets.
  const dispatcher = new Agent({
    connect: { timeout: options.connectTimeoutMs ?? 10_000 },
    headersTimeout: 0,
    bodyTimeout: 0,
    keepAliveTimeout: KEEP_ALIVE_MS,
  });

  async function llmFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
    const body = init?.body;
    const simpleBody = body === undefined || body === null || typeof body === 'string' || body instanceof Uint8Array;
    const signal = callSignalOf(init);
    if (input instanceof Request || !simpleBody) return fetchCapped(input, { ...init, signal: signal ?? null }, maxAnswerBytes);
    signal?.throwIfAborted();
    // The Agent's own dispatch (answer-reader.ts): undici's top-level request(url) parses the same URL again on every call.
    const answer = await readAnswer(
      dispatcher,
      { ...targetOf(input), method: (init?.method ?? 'GET') as 'GET', headers: toHeaderRecord(init?.headers), body: (body ?? undefined) as string | Uint8Array | undefined },
      signal,
      maxAnswerBytes,
    );
    return answer as unknown as Response;
  }

  return { fetch: llmFetch as typeof fetch, close: () => dispatcher.close() };
}

let shared: { client: LlmFetch; users: number } | undefined;

/**
 * The process's one LlmFetch (one Agent, one warm pool per upstream), shared by every provider the
 * process builds; each caller releases its share with close(), and the last release closes the
 * Agent and its sockets (at app shutdown), so no socket or timer outlives the app.
 */
export function acquireSharedLlmFetch(): LlmFetch {
  shared ??= { client: createLlmFetch(), users: 0 };
  const entry = shared;
  entry.users += 1;
  let released = false;
  return {
    fetch: entry.client.fetch,
    async close() {
      if (released) return;
      released = true;
      entry.users -= 1;
      if (entry.users > 0) return;
      if (shared === entry) shared = undefined;
      await entry.client.close();
    },
  };
}
