import { errors, type Dispatcher } from 'undici';
import { AnswerHeaders, EMPTY, ReadAnswer } from './read-answer.ts';

type Headers = Record<string, string | string[] | undefined>;

/** The upstream's answer is larger than the cap (what it declared or what arrived). */
export class AnswerTooLargeError extends Error {
  readonly limit: number;
  constructor(limit: number) {
    super(`the LLM API answer is larger than ${limit} bytes`);
    this.name = 'AnswerTooLargeError';
    this.limit = limit;
  }
}

/** Responses that carry no body (as a Response would have none). */
export const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

/** The parts in one fresh array of its own (Buffer.concat may hand back a view into Node's shared pool, whose .buffer is larger). */
export function joined(parts: readonly Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/**
 * One call's answer, read by undici's dispatch handler: status and headers, then the body's chunks, up to `limit`
 * bytes, into a ReadAnswer. undici's `request` builds a promise, an abort listener wrapper and a Readable body
 * stream per call around the same events; read whole anyway, the answer needs none of them.
 * The call follows `signal` (aborted before it was sent: nothing is sent) and rejects with its reason, as `request` does.
 */
export function readAnswer(dispatcher: Dispatcher, options: Dispatcher.DispatchOptions, signal: AbortSignal | undefined, limit: number): Promise<ReadAnswer> {
  return new Promise((resolve, reject) => {
    let controller: Dispatcher.DispatchController | undefined;
    let reason: unknown;
    let status = 0;
    let headers: Headers = {};
    const parts: Uint8Array[] = [];
    let size = 0;
    const onAbort = () => {
      reason = signal?.reason ?? new errors.RequestAbortedError();
      controller?.abort(reason as Error);
    };
    const done = () => signal?.removeEventListener('abort', onAbort);
    const refuse = (c: Dispatcher.DispatchController) => c.abort(new AnswerTooLargeError(limit));
    if (signal?.aborted) {
      reject(signal.reason ?? new errors.RequestAbortedError());
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    const handler: Dispatcher.DispatchHandler = {
      onRequestStart(c) {
        controller = c;
        if (reason !== undefined) c.abort(reason as Error);
      },
      onResponseStart(c, statusCode, responseHeaders) {
        // A 1xx is not the answer: the final status and headers follow.
        if (statusCode < 200) return;
        status = statusCode;
        headers = responseHeaders as Headers;
        const declared = headers['content-length'];
        if (typeof declared === 'string' && Number(declared) > limit) refuse(c);
      },
      onResponseData(c, chunk) {
        size += chunk.byteLength;
        if (size > limit) return refuse(c);
        parts.push(chunk);
      },
      onResponseEnd() {
        done();
        resolve(new ReadAnswer(status, new AnswerHeaders(headers), NULL_BODY_STATUS.has(status) ? EMPTY : joined(parts, size)));
      },
      onResponseError(_c, error) {
        done();
        reject(error);
      },
    };
    try {
      dispatcher.dispatch(options, handler);
    } catch (error) {
      done();
      reject(error as Error);
    }
  });
}
