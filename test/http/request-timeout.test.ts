import { connect } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmbeddedCompliance } from '../../src/adapters/embedded/compliance.ts';
import type { Compliance } from '../../src/ports/compliance.ts';
import { ErrorBodySchema } from '../../src/http/schemas.ts';
import { buildTestApp } from '../support/app.ts';

type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

/** Writes `raw` on a real loopback socket and resolves with everything the server sent once it closes. */
async function exchange(port: number, raw: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
    socket.write(raw);
  });
}

async function listening(app: TestApp['app']): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as AddressInfo).port;
}

const head = (length: number) => `POST /api/v1/classify HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

describe('request timeout', () => {
  it('when a body stalls past REQUEST_TIMEOUT_MS, then the client gets 408 in the error shape and the connection is closed', async () => {
    t = await buildTestApp({ REQUEST_TIMEOUT_MS: '200' });
    const port = await listening(t.app);
    // Announces 60 bytes, sends 12, then nothing: only the server's deadline can end this exchange.
    const response = await exchange(port, `${head(60)}{"message":`);
    const [status, ...rest] = response.split('\r\n');
    expect(status).toBe('HTTP/1.1 408 Request Timeout');
    expect(rest.map((line) => line.toLowerCase())).toContain('connection: close');
    const body = JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4)) as unknown;
    expect(ErrorBodySchema.parse(body)).toMatchObject({ error: 'request_timeout' });
  });

  it('when a stalled client never closes its side after the 408, then the server closes the socket anyway', async () => {
    t = await buildTestApp({ REQUEST_TIMEOUT_MS: '200' });
    const port = await listening(t.app);
    const serverSideClosed = new Promise<void>((resolve) => t!.app.server.once('connection', (socket: Socket) => socket.once('close', () => resolve())));
    // allowHalfOpen: this client keeps its side open for ever; only the server can end the connection.
    const client = connect({ port, host: '127.0.0.1', allowHalfOpen: true });
    let received = '';
    client.setEncoding('utf8');
    client.on('data', (chunk: string) => (received += chunk));
    client.write(`${head(60)}{"message":`);
    await serverSideClosed;
    client.destroy();
    expect(received.split('\r\n')[0]).toBe('HTTP/1.1 408 Request Timeout');
  });

  it('when the headers themselves never finish, then 408 too', async () => {
    t = await buildTestApp({ REQUEST_TIMEOUT_MS: '200' });
    const port = await listening(t.app);
    const response = await exchange(port, 'POST /api/v1/classify HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    expect(response.split('\r\n')[0]).toBe('HTTP/1.1 408 Request Timeout');
  });

  it('when the handler takes longer than REQUEST_TIMEOUT_MS after the body arrived, then the answer is still a 200', async () => {
    const embedded = createEmbeddedCompliance();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let called!: () => void;
    const reached = new Promise<void>((resolve) => (called = resolve));
    const slow: Compliance = {
      async openCase(request) {
        called();
        await held;
        return embedded.openCase(request);
      },
    };
    t = await buildTestApp({ REQUEST_TIMEOUT_MS: '100' }, { ports: { compliance: slow } });
    const port = await listening(t.app);
    const payload = JSON.stringify({ message: 'I have a rash since the new pills' });
    const answer = exchange(port, `${head(Buffer.byteLength(payload)).replace('HTTP/1.1\r\n', 'HTTP/1.1\r\nConnection: close\r\n')}${payload}`);
    await reached;
    // A second, stalled request started after the first one's body arrived: its 408 proves the
    // deadline has passed for the first one too, while its handler is still held.
    expect((await exchange(port, `${head(60)}{"message":`)).split('\r\n')[0]).toBe('HTTP/1.1 408 Request Timeout');
    release();
    expect((await answer).split('\r\n')[0]).toBe('HTTP/1.1 200 OK');
  });

  it('when the server is built, then keep-alive outlives the ALB idle timeout of 60 s and the default deadline is 30 s', async () => {
    t = await buildTestApp();
    expect(t.config.REQUEST_TIMEOUT_MS).toBe(30_000);
    expect(t.app.server.keepAliveTimeout).toBeGreaterThan(60_000);
    expect(t.app.server.requestTimeout).toBe(30_000);
    expect(t.app.server.headersTimeout).toBeLessThanOrEqual(t.app.server.requestTimeout);
  });
});
