import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerTooLargeError, readAnswer } from '../../src/classifier/answer-reader.ts';
import { startHttpServer } from '../support/http-server.ts';

describe("an LLM answer read by undici's dispatch handler", () => {
  let server: Awaited<ReturnType<typeof startHttpServer>>;
  const agent = new Agent({ headersTimeout: 0, bodyTimeout: 0 });

  beforeAll(async () => {
    server = await startHttpServer((request, response) => {
      if (request.url === '/half-then-hang') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('{"choices": [');
        return;
      }
      if (request.url === '/half-then-close') {
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
        response.write('{"choices": [');
        setTimeout(() => response.socket?.destroy(), 20);
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'r-1' });
      response.write('{"ok":');
      response.end(' true}');
    });
  });
  afterAll(async () => {
    await agent.close();
    await server.close();
  });

  const target = (path: string) => ({ origin: server.url, path, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: '{}' });

  it('when the answer comes in chunks, then it is read whole with its status and headers', async () => {
    const answer = await readAnswer(agent, target('/ok'), undefined, 1000);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-request-id')).toBe('r-1');
    expect(await answer.json()).toEqual({ ok: true });
  });

  it('when the signal aborts in the middle of the body, then the read rejects with its reason', async () => {
    const controller = new AbortController();
    const call = readAnswer(agent, target('/half-then-hang'), controller.signal, 1000);
    setTimeout(() => controller.abort(new Error('deadline reached')), 50);
    await expect(call).rejects.toThrow('deadline reached');
  });

  it('when the signal aborts before the request is sent, then it rejects with its reason and nothing reaches the server', async () => {
    const before = server.requests.length;
    const controller = new AbortController();
    const call = readAnswer(agent, target('/ok'), controller.signal, 1000);
    controller.abort(new Error('gave up'));
    await expect(call).rejects.toThrow('gave up');
    expect(server.requests.length).toBe(before);
  });

  it('when the connection closes before the end of the body, then the read rejects instead of hanging', async () => {
    await expect(readAnswer(agent, target('/half-then-close'), undefined, 1000)).rejects.toBeInstanceOf(Error);
  });

  it('when the answer passes the cap, then AnswerTooLargeError, and the pool still answers the next call', async () => {
    await expect(readAnswer(agent, target('/ok'), undefined, 5)).rejects.toBeInstanceOf(AnswerTooLargeError);
    expect(await (await readAnswer(agent, target('/ok'), undefined, 1000)).json()).toEqual({ ok: true });
  });
});
