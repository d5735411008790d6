import { Agent } from 'undici';
import { callSignalOf } from './llm-call-signal.ts';
import { AnswerHeaders, EMPTY, ReadAnswer } from './read-answer.ts';

/**
 * The `fetch` the OpenAI SDK is given: one undici `request` per call over a keep-alive pool, the
 * answer read whole and handed back as what the SDK reads of a `Response` (ReadAnswer).
 *
 * Why not the built-in fetch: it runs every request and response through WHATWG streams, abort
 * controllers and header guards. Profiled under load (`npm run bench -- --profile`, scenario c)
 * that machinery, not the SDK, was the largest cost of the openai path; undici's `request` does
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

/** The upstream's answer is larger than MAX_ANSWER_BYTES (what it declared or what arrived). */
export class AnswerTooLargeError extends Error {
  readonly limit: number;
  constructor(limit: number) {
    super(`the LLM API answer is larger than ${limit} bytes`);
    this.name = 'AnswerTooLargeError';
    this.limit = limit;
  }
}

type AnswerBody = Awaited<ReturnType<Agent['request']>>['body'];

/** Stops reading a body and closes its connection; the abort undici reports for it is expected, not an error. */
function drop(body: AnswerBody): void {
  body.on('error', () => undefined);
  body.destroy();
}

/** The body whole, or AnswerTooLargeError once it passes `limit` (declared by content-length or counted as it arrives). */
async function readCapped(body: AnswerBody, declared: string | string[] | undefined, limit: number): Promise<Uint8Array> {
  const length = typeof declared === 'string' ? Number(declared) : Number.NaN;
  if (Number.isFinite(length) && length <= limit) return body.bytes();
  if (Number.isFinite(length)) {
    drop(body);
    throw new AnswerTooLargeError(limit);
  }
  return collectUpTo(body, limit);
}

/**
 * readUpTo for undici's body, by its 'data' and 'end' events: an answer without content-length (chunked, as the
 * bench's stub and proxies send) was read through the stream's async iterator, a promise per chunk on top.
 * An abort (the deadline) destroys the body with its error, which rejects here as it would end the loop.
 */
function collectUpTo(body: AnswerBody, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const parts: Uint8Array[] = [];
    let size = 0;
    body.on('data', (chunk: Uint8Array) => {
      size += chunk.byteLength;
      if (size > limit) {
        drop(body);
        reject(new AnswerTooLargeError(limit));
        return;
      }
      parts.push(chunk);
    });
    let ended = false;
    body.once('end', () => {
      ended = true;
      resolve(joined(parts, size));
    });
    body.once('error', reject);
    // Closed without its end (or before these listeners): the error it was destroyed with, as the iterator would throw it.
    // (An Error is built only then: its stack trace would cost more than the rest of the read.)
    const early = () => reject(body.errored ?? new Error('the LLM API answer ended early'));
    body.once('close', () => ended || early());
    if (body.destroyed) early();
  });
}

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

/** The parts in one fresh array of its own (Buffer.concat may hand back a view into Node's shared pool, whose .buffer is larger). */
function joined(parts: readonly Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/** Responses that carry no body (as a Response would have none). */
const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

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
    // The Agent's own request: undici's top-level request(url) parses the same URL again on every call.
    const answer = await dispatcher.request({
      ...targetOf(input),
      method: (init?.method ?? 'GET') as 'GET',
      headers: toHeaderRecord(init?.headers),
      body: (body ?? undefined) as string | Uint8Array | undefined,
      ...(signal ? { signal } : {}),
    });
    const bytes = await readCapped(answer.body, answer.headers['content-length'], maxAnswerBytes);
    const status = answer.statusCode;
    return new ReadAnswer(status, new AnswerHeaders(answer.headers), NULL_BODY_STATUS.has(status) ? EMPTY : bytes) as unknown as Response;
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
