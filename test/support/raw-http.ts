import net from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Splits the first HTTP/1.1 response out of what a socket received (Content-Length or chunked body). */
export function parseResponse(raw: Buffer, head = false): RawResponse | undefined {
  const end = raw.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const [statusLine, ...lines] = raw.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? '')?.[1]);
  if (!Number.isInteger(status)) return undefined;
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let rest = raw.subarray(end + 4);
  if (head) return { status, headers, body: '' };
  if (headers['transfer-encoding'] === 'chunked') {
    const parts: Buffer[] = [];
    for (;;) {
      const lineEnd = rest.indexOf('\r\n');
      if (lineEnd < 0) break;
      const size = parseInt(rest.subarray(0, lineEnd).toString('latin1'), 16);
      if (!(size > 0)) break;
      parts.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size));
      rest = rest.subarray(lineEnd + 2 + size + 2);
    }
    return { status, headers, body: Buffer.concat(parts).toString('utf8') };
  }
  const length = Number(headers['content-length'] ?? rest.length);
  return { status, headers, body: rest.subarray(0, length).toString('utf8') };
}

/**
 * Writes `request` as bytes on a fresh loopback connection, half-closes it, and returns the first
 * response (undefined when the server closed without one). `limitMs` only bounds a test that would
 * otherwise hang; nothing is asserted on time.
 */
export function sendRaw(port: number, request: Buffer | string, options: { head?: boolean; limitMs?: number } = {}): Promise<RawResponse | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(port, '127.0.0.1', () => socket.end(request));
    const finish = () => {
      clearTimeout(timer);
      resolve(parseResponse(Buffer.concat(chunks), options.head));
    };
    const timer = setTimeout(() => socket.destroy(), options.limitMs ?? 5000);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => {});
    socket.on('close', finish);
  });
}
