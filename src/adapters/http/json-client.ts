import { Agent, request } from 'undici';
import type { z } from 'zod';

export class AdapterError extends Error {
  override name = 'AdapterError';
  readonly status: number | undefined;
  constructor(message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = options.status;
  }
}

export interface JsonClient {
  call<T>(options: {
    method: 'GET' | 'POST';
    path: string;
    query?: Record<string, string | number | undefined>;
    body?: unknown;
    headers?: Record<string, string>;
    schema: z.ZodType<T>;
  }): Promise<T>;
  close(): Promise<void>;
}

/**
 * One undici connection pool per downstream, every call bounded by `timeoutMs` (connect, headers,
 * body and the whole call). Non-2xx, timeouts and responses that fail the schema are AdapterErrors.
 */
export function createJsonClient(baseUrl: string, timeoutMs: number, name: string): JsonClient {
  const dispatcher = new Agent({ connect: { timeout: timeoutMs }, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return {
    async call({ method, path, query, body, headers, schema }) {
      const url = new URL(path.replace(/^\//, ''), base);
      for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) url.searchParams.set(key, String(value));
      let response;
      try {
        response = await request(url, {
          method,
          dispatcher,
          signal: AbortSignal.timeout(timeoutMs),
          headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      } catch (error) {
        throw new AdapterError(`${name}: ${method} ${url.pathname} failed: ${(error as Error).message}`, { cause: error });
      }
      const text = await response.body.text().catch((error: unknown) => {
        throw new AdapterError(`${name}: reading the response failed`, { cause: error });
      });
      if (response.statusCode < 200 || response.statusCode > 299) {
        throw new AdapterError(`${name}: ${method} ${url.pathname} answered ${response.statusCode}`, { status: response.statusCode });
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new AdapterError(`${name}: response is not JSON`, { status: response.statusCode, cause: error });
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        throw new AdapterError(`${name}: unexpected response: ${parsed.error.issues[0]?.message ?? 'invalid'}`, { status: response.statusCode });
      }
      return parsed.data;
    },
    close: () => dispatcher.close(),
  };
}
