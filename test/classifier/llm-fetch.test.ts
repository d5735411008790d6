import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerTooLargeError, acquireSharedLlmFetch, createLlmFetch } from '../../src/classifier/llm-fetch.ts';
import type { AnswerHeaders } from '../../src/classifier/read-answer.ts';
import { closedPort, startHttpServer } from '../support/http-server.ts';

describe('llm fetch (undici request under a fetch signature)', () => {
  let server: Awaited<ReturnType<typeof startHttpServer>>;
  const client = createLlmFetch({ connectTimeoutMs: 1000 });

  beforeAll(async () => {
    server = await startHttpServer((request, response) => {
      if (request.url === '/hang') return;
      if (request.url?.startsWith('/sized/')) {
        // /sized/<bytes>/<declared|chunked>: a body of that many bytes, with or without content-length.
        const [, , bytes, how] = request.url.split('/');
        const body = Buffer.alloc(Number(bytes), 0x61);
        response.writeHead(200, how === 'declared' ? { 'content-length': String(body.length) } : {});
        if (how === 'declared') return response.end(body);
        response.write(body.subarray(0, body.length >> 1));
        return response.end(body.subarray(body.length >> 1));
      }
      if (request.url === '/empty') {
        response.writeHead(204, { 'x-request-id': 'req-204' });
        return response.end();
      }
      response.setHeader('set-cookie', ['a=1', 'b=2']);
      response.setHeader('x-repeated', ['one', 'two']);
      response.writeHead(request.url === '/limited' ? 429 : 200, { 'content-type': 'application/json', 'retry-after': '2' });
      response.end(JSON.stringify({ method: request.method, body: request.body, auth: request.headers.authorization ?? null }));
    });
  });
  afterAll(async () => {
    await client.close();
    await server.close();
  });

  it('when a JSON body is posted with Headers, then method, body and headers arrive and the answer reads as a Response', async () => {
    const response = await client.fetch(`${server.url}/v1/chat/completions`, {
      method: 'POST',
      headers: new Headers({ Authorization: 'Bearer sk-test', 'Content-Type': 'application/json' }),
      body: JSON.stringify({ hello: 'wörld' }),
    });
    expect(response.ok).toBe(true);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('set-cookie')).toContain('a=1');
    const copy = response.clone();
    expect(await response.json()).toEqual({ method: 'POST', body: '{"hello":"wörld"}', auth: 'Bearer sk-test' });
    // Like a Response, the body reads once.
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
    expect(new TextDecoder().decode(await copy.arrayBuffer())).toBe('{"method":"POST","body":"{\\"hello\\":\\"wörld\\"}","auth":"Bearer sk-test"}');
    expect(server.requests.at(-1)?.headers['content-type']).toBe('application/json');
  });

  it('when headers come as a plain object or pairs, then they are sent too', async () => {
    const a = await client.fetch(`${server.url}/x`, { headers: { authorization: 'Bearer one' } });
    const b = await client.fetch(new URL(`${server.url}/x`), { headers: [['Authorization', 'Bearer two']] });
    expect((await a.json()).auth).toBe('Bearer one');
    expect((await b.json()).auth).toBe('Bearer two');
  });

  it('when the server answers an error status, then status and headers are kept (the SDK decides on them)', async () => {
    const response = await client.fetch(`${server.url}/limited`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(429);
    expect(response.ok).toBe(false);
    expect(response.headers.get('retry-after')).toBe('2');
  });

  it('when the server answers 204, then the Response has no body instead of throwing', async () => {
    const response = await client.fetch(`${server.url}/empty`);
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
    expect(response.headers.get('x-request-id')).toBe('req-204');
  });

  it('when the signal aborts a hanging call, then it rejects with an AbortError and no answer', async () => {
    const call = client.fetch(`${server.url}/hang`, { signal: AbortSignal.timeout(100) });
    await expect(call).rejects.toSatisfy((error: Error) => ['AbortError', 'TimeoutError'].includes(error.name));
  });

  it('when the signal is already aborted, then nothing is sent', async () => {
    const before = server.requests.length;
    const controller = new AbortController();
    controller.abort();
    await expect(client.fetch(`${server.url}/x`, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests.length).toBe(before);
  });

  it('when nothing listens, then it rejects (a connection error for the SDK), it does not hang', async () => {
    await expect(client.fetch(`${await closedPort()}/v1/chat/completions`, { method: 'POST', body: '{}' })).rejects.toThrow(/ECONNREFUSED/);
  });

  it('when the body is a stream, then the built-in fetch sends it unchanged', async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('streamed'));
        controller.close();
      },
    });
    const response = await client.fetch(`${server.url}/x`, { method: 'POST', body, duplex: 'half' } as RequestInit);
    expect((await response.json()).body).toBe('streamed');
  });

  it('when the server repeats headers, then the answer reads its headers as a built-in Headers would', async () => {
    const response = (await client.fetch(`${server.url}/v1/chat/completions`, { method: 'POST', body: '{}' })) as unknown as { headers: AnswerHeaders };
    const builtIn = await fetch(`${server.url}/v1/chat/completions`, { method: 'POST', body: '{}' });
    // The two answers were sent at different moments: their dates may differ.
    const copied = new Headers(builtIn.headers);
    copied.set('date', response.headers.get('date')!);
    // Typed by its read side (this project's lib has no DOM iterables): the same methods as AnswerHeaders.
    const expected = copied as unknown as AnswerHeaders;
    expect([...response.headers.entries()]).toEqual([...expected.entries()]);
    expect([...response.headers]).toEqual([...expected]);
    expect([...response.headers.keys()]).toEqual([...expected.keys()]);
    expect([...response.headers.values()]).toEqual([...expected.values()]);
    for (const name of ['Content-Type', 'set-cookie', 'Retry-After', 'X-Repeated', 'x-missing']) {
      expect(response.headers.get(name)).toBe(expected.get(name));
      expect(response.headers.has(name)).toBe(expected.has(name));
    }
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    const seen: string[] = [];
    response.headers.forEach((value, name) => seen.push(`${name}=${value}`));
    expect(seen).toEqual([...expected].map(([name, value]) => `${name}=${value}`));
  });

  it('when calls alternate between paths and query strings, then each reaches its own path', async () => {
    for (const path of ['/a?x=1', '/b', '/a?x=2', '/a?x=1']) {
      await client.fetch(`${server.url}${path}`);
      expect(server.requests.at(-1)?.url).toBe(path);
    }
  });

  it('when the URL is not http or https, then the call is refused before anything is sent', async () => {
    await expect(client.fetch('ftp://127.0.0.1/x')).rejects.toThrow(/http: or https:/);
  });

  it('when two providers share the process pool and one closes, then the other still answers; after the last closes, a new share works', async () => {
    const first = acquireSharedLlmFetch();
    const second = acquireSharedLlmFetch();
    expect(second.fetch).toBe(first.fetch);
    await first.close();
    await first.close(); // a second release of the same share changes nothing
    expect((await second.fetch(`${server.url}/x`)).ok).toBe(true);
    await second.close();
    await expect(second.fetch(`${server.url}/x`)).rejects.toThrow();
    const third = acquireSharedLlmFetch();
    expect((await third.fetch(`${server.url}/x`)).ok).toBe(true);
    await third.close();
  });

  describe('an answer larger than the cap', () => {
    const small = createLlmFetch({ connectTimeoutMs: 1000, maxAnswerBytes: 1000 });
    afterAll(() => small.close());

    it.each(['declared', 'chunked'])('when the body (%s) is exactly the cap, then it is read whole', async (how) => {
      const response = await small.fetch(`${server.url}/sized/1000/${how}`);
      expect((await response.arrayBuffer()).byteLength).toBe(1000);
    });

    it.each(['declared', 'chunked'])('when the body (%s) is one byte over the cap, then the call fails with AnswerTooLargeError', async (how) => {
      await expect(small.fetch(`${server.url}/sized/1001/${how}`)).rejects.toBeInstanceOf(AnswerTooLargeError);
    });

    it('when a call was refused for its size, then the next call on the same client still answers', async () => {
      await expect(small.fetch(`${server.url}/sized/5000/chunked`)).rejects.toBeInstanceOf(AnswerTooLargeError);
      const response = await small.fetch(`${server.url}/sized/10/declared`);
      expect(new TextDecoder().decode(await response.arrayBuffer())).toBe('aaaaaaaaaa');
    });
  });
});
