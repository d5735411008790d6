/**
 * `npm run fuzz [-- --n 3000 --seed 1]`: a black-box fuzz of the running service, the way an outside
 * client meets it. Starts `src/server.ts` as a child on a loopback port (embedded defaults, no key) and
 * sends seeded random JSON bodies, headers and content types to the classify route, raw mails to
 * /classify/mail and multipart uploads to /classify/voice; then starts it again against a misbehaving
 * OpenAI-compatible upstream on loopback (bad JSON, out-of-range confidence, HTML, a 20 MB answer, a slow
 * drip, a redirect, 401) and classifies a request and a report under each behaviour.
 *
 * The contract it checks (API.md): every answer is JSON; an error has `error`, `message`, `request_id`;
 * no 5xx except 501 (voice without a transcription provider) and 503; a 200 carries one of the three
 * categories, and a 200 for a body whose message is a known adverse-event report says safety_compliance
 * with a case reference, whatever the other fields (message_id, metadata, locale) hold. Under every
 * upstream fault the answer is 200 from the fallback and the report stays a compliance case.
 * Exits 1 on any break, printing the first ones. Not part of `npm test` (about a minute).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../../test/support/http-fuzz.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const N = opt('n', 3000);

// The same seeded generator as the in-suite fuzz: the same seed replays the same requests.
const { next: rnd, pick } = seededRandom(opt('seed', 1));

const REPORTS = ['I took ibuprofen and got a rash all over my arms', 'my son swallowed six of my blood pressure pills'];
const OTHERS = ['refill my lisinopril', 'what are your hours on sunday', 'someone used my card without asking'];
const WEIRD = ['', ' ', '\u0000', '\ud800', '\uffff', '\u202e', '🙂', 'é', '\r\n', '"', '\\', '<script>', '%00', '../', '𝒜',
  '\u200b', 'x'.repeat(129), '0', '-1', 'null', 'true', '__proto__', 'constructor', 'a\u0301'.repeat(50)];

function rstr(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += rnd() < 0.1 ? pick(WEIRD) : String.fromCharCode(Math.floor(rnd() * (rnd() < 0.7 ? 128 : 0x3000)));
  return s;
}
function rval(depth = 0): unknown {
  const r = rnd();
  if (r < 0.15) return rstr(Math.floor(rnd() * 40));
  if (r < 0.25) return Math.floor(rnd() * 1e6) * (rnd() < 0.5 ? -1 : 1);
  if (r < 0.3) return rnd() < 0.5 ? 1e308 : -0;
  if (r < 0.35) return null;
  if (r < 0.4) return rnd() < 0.5;
  if (r < 0.5 && depth < 3) return [rval(depth + 1), rval(depth + 1)];
  if (r < 0.6 && depth < 3) return { [pick(['a', '__proto__', 'constructor', 'message'])]: rval(depth + 1) };
  return pick([...OTHERS, ...WEIRD]);
}

type Break = { kind: string; status?: number; answer?: string; sent?: string };
const breaks: Break[] = [];
const statuses: Record<string, number> = {};
let reportsAnswered = 0;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function startService(env: Record<string, string>): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['src/server.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '0', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const status = await fetch(`${base}/api/v1/ready`).then((r) => r.status, () => 0);
    if (status === 200) return { base, child };
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('the service never answered /api/v1/ready with 200');
}

/** Checks one answer against the error and success shapes; `report` says the body held a known report. */
function check(status: number, text: string, sent: string, report: boolean, allowed5xx: number[]): void {
  statuses[status] = (statuses[status] ?? 0) + 1;
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    breaks.push({ kind: 'not JSON', status, answer: text.slice(0, 200), sent: sent.slice(0, 200) });
    return;
  }
  if (status >= 500 && !allowed5xx.includes(status)) breaks.push({ kind: '5xx', status, answer: text.slice(0, 300), sent: sent.slice(0, 300) });
  if (status !== 200) {
    if (typeof body.error !== 'string' || typeof body.message !== 'string' || typeof body.request_id !== 'string') {
      breaks.push({ kind: 'error shape', status, answer: text.slice(0, 200), sent: sent.slice(0, 200) });
    }
    return;
  }
  if (!['informational', 'service_action', 'safety_compliance'].includes(body.category as string)) {
    breaks.push({ kind: 'category', status, answer: text.slice(0, 200), sent: sent.slice(0, 200) });
  }
  const next = body.next_step as { reference?: unknown } | undefined;
  if (report) reportsAnswered++;
  if (report && (body.category !== 'safety_compliance' || typeof next?.reference !== 'string')) {
    breaks.push({ kind: 'report not a case', status, answer: text.slice(0, 300), sent: sent.slice(0, 300) });
  }
}

async function fuzzJson(base: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const body: Record<string, unknown> = {};
    let report = false;
    if (rnd() < 0.9) {
      if (rnd() < 0.3) {
        body.message = pick(REPORTS);
        report = true;
      } else {
        body.message = rnd() < 0.7 ? pick(OTHERS) + rstr(Math.floor(rnd() * 30)) : rval();
      }
    }
    if (rnd() < 0.5) body.channel = rnd() < (report ? 0.95 : 0.7) ? pick(['chat', 'voice', 'mail', 'api']) : rval();
    if (rnd() < 0.5) body.message_id = rnd() < 0.7 ? rstr(1 + Math.floor(rnd() * 140)) : rval();
    else if (report) body.message_id = rstr(1 + Math.floor(rnd() * 127));
    // A report keeps its other fields plausible more often, so that many reach a 200 with an odd message_id.
    const noise = report ? 0.1 : 0.3;
    if (rnd() < noise) body.customer_id = rval();
    if (rnd() < noise) body.locale = rnd() < 0.5 ? pick(['en-US', 'es', 'xx-invalid-tag-!!', '']) : rval();
    if (rnd() < noise) body.metadata = rnd() < 0.5 ? { k: rval(), n: 1, [rstr(5)]: rstr(3) } : rval();
    if (rnd() < 0.05) body[rstr(4)] = 1;
    let raw = JSON.stringify(body);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const r = rnd();
    if (r < 0.05) raw = raw.slice(0, Math.floor(rnd() * raw.length));
    else if (r < 0.08) headers['content-type'] = pick(['text/plain', 'application/json; charset=latin1', 'application/x-www-form-urlencoded', 'application/JSON']);
    if (rnd() < 0.1) headers['idempotency-key'] = rstr(Math.floor(rnd() * 200)).replace(/[^\x20-\x7e]/g, 'x');
    if (rnd() < 0.1) headers['x-request-id'] = rstr(Math.floor(rnd() * 100)).replace(/[^\x20-\x7e]/g, 'y');
    const path = rnd() < 0.9 ? '/api/v1/classify' : pick(['/api/v1/classify/', '/api/v1/classify?x=1', '/api/v1//classify', '/API/V1/CLASSIFY']);
    try {
      const res = await fetch(base + path, { method: 'POST', headers, body: raw });
      // A report counts only when the body as sent is whole JSON at the classify path: a cut body is a 400.
      check(res.status, await res.text(), raw, report && raw === JSON.stringify(body) && path === '/api/v1/classify' && !headers['idempotency-key'], []);
    } catch (error) {
      breaks.push({ kind: 'connection', answer: String(error), sent: raw.slice(0, 200) });
    }
  }
}

async function fuzzMailAndVoice(base: string, n: number): Promise<void> {
  const heads = ['From: a@b.c', 'To: x@y.z', `Subject: =?utf-8?B?${Buffer.from('rash after pill').toString('base64')}?=`, 'Subject: RE: FW: refill',
    `Message-ID: <${'a'.repeat(300)}@x>`, 'Message-ID: <\u00e9@x>', 'Content-Type: multipart/mixed; boundary="b"',
    'Content-Type: text/html; charset=iso-8859-1', 'Content-Transfer-Encoding: base64', 'Content-Transfer-Encoding: quoted-printable', 'Date: garbage', `X: ${'y'.repeat(5000)}`];
  const bodies = ['I got a rash after amoxicillin', '--b\r\nContent-Type: text/plain\r\n\r\nrefill please\r\n--b--', '<html><body><p>hives after vaccine</p></body></html>',
    'cmVmaWxsIG15IG1lZHM=', '=E9=\r\nsoft=\r\nbreak', '', '\u0000\u0001\u0002', '> quoted\n> more\nOn Mon wrote:\n> x'];
  for (let i = 0; i < n; i++) {
    const lines: string[] = [];
    for (let k = Math.floor(rnd() * 6); k > 0; k--) lines.push(pick(heads));
    const raw = lines.join(pick(['\r\n', '\n'])) + pick(['\r\n\r\n', '\n\n', '']) + pick(bodies) + (rnd() < 0.3 ? pick(bodies) : '');
    let bytes = Buffer.from(raw);
    if (rnd() < 0.2) {
      bytes = Buffer.from(bytes);
      for (let k = 0; k < 5 && bytes.length > 0; k++) bytes[Math.floor(rnd() * bytes.length)] = Math.floor(rnd() * 256);
    }
    try {
      let res: Response;
      if (rnd() < 0.3) {
        const boundary = `XyZ${i}`;
        const part = rnd() < 0.5
          ? `--${boundary}\r\nContent-Disposition: form-data; name="audio"; filename="a.wav"\r\nContent-Type: audio/wav\r\n\r\n${raw}\r\n--${boundary}--\r\n`
          : raw;
        const query = rnd() < 0.3 ? `?locale=${encodeURIComponent(pick(['en', '!!', 'x'.repeat(200)]))}` : '';
        res = await fetch(`${base}/api/v1/classify/voice${query}`, { method: 'POST', headers: { 'content-type': rnd() < 0.8 ? `multipart/form-data; boundary=${boundary}` : 'audio/wav' }, body: part });
      } else {
        const query = rnd() < 0.3 ? `?customer_id=${encodeURIComponent(pick(['c1', '', 'x'.repeat(300)]))}` : '';
        res = await fetch(`${base}/api/v1/classify/mail${query}`, { method: 'POST', headers: { 'content-type': rnd() < 0.9 ? 'message/rfc822' : 'text/plain' }, body: bytes });
      }
      check(res.status, await res.text(), raw, false, [501, 503]);
    } catch (error) {
      breaks.push({ kind: 'connection', answer: String(error), sent: raw.slice(0, 200) });
    }
  }
}

const completion = (content: string) => JSON.stringify({
  id: 'x', object: 'chat.completion', created: 1, model: 'gpt-4o-mini',
  choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content, refusal: null } }],
  usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
});
const answer = (fields: Record<string, unknown>) => completion(JSON.stringify({ category: 'service_action', confidence: 0.9, urgency: 'medium', lang: 'en', signals: [], facts: null, ...fields }));

/** Each upstream behaviour: what the raw upstream does with a chat completion request. */
const FAULTS: Record<string, (res: http.ServerResponse) => void> = {
  'bad category': (res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(answer({ category: 'banana' })); },
  'confidence 7': (res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(answer({ category: 'informational', confidence: 7 })); },
  'says informational': (res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(answer({ category: 'informational', confidence: 0.99 })); },
  'html 200': (res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<html>proxy login</html>'); },
  '20 MB answer': (res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(completion('x'.repeat(20_000_000))); },
  'slow drip': (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const s = completion('{"category":"informational"');
    let i = 0;
    const timer = setInterval(() => {
      if (i >= s.length || res.destroyed) { clearInterval(timer); res.end(); return; }
      res.write(s[i++]);
    }, 200);
  },
  redirect: (res) => { res.writeHead(307, { location: 'http://127.0.0.1:9/v1/chat/completions' }); res.end(); },
  'empty choices': (res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify({ id: 'x', choices: [] })); },
  'null body': (res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end('null'); },
  '401': (res) => { res.writeHead(401, { 'content-type': 'application/json' }); res.end(JSON.stringify({ error: { message: 'bad key' } })); },
  '500': (res) => { res.writeHead(500, { 'content-type': 'application/json' }); res.end(JSON.stringify({ error: { message: 'boom' } })); },
  'connection reset': (res) => { res.socket?.destroy(); },
};

async function faults(): Promise<string[]> {
  let mode = 'bad category';
  const upstream = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => FAULTS[mode]!(res));
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  const upPort = (upstream.address() as net.AddressInfo).port;
  const { base, child } = await startService({
    CLASSIFIER_PROVIDER: 'openai', OPENAI_API_KEY: 'sk-fuzz', OPENAI_BASE_URL: `http://127.0.0.1:${upPort}/v1`,
    LLM_TIMEOUT_MS: '1500', BREAKER_VOLUME_THRESHOLD: '10000',
  });
  const lines: string[] = [];
  try {
    for (const name of Object.keys(FAULTS)) {
      mode = name;
      for (const [text, report] of [[OTHERS[0]!, false], [REPORTS[0]!, true]] as const) {
        const res = await fetch(`${base}/api/v1/classify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: text }) });
        const body = await res.text();
        if (res.status !== 200) breaks.push({ kind: `fault ${name}: not 200`, status: res.status, answer: body.slice(0, 200), sent: text });
        else check(res.status, body, text, report, []);
        let reason = '';
        try { reason = String((JSON.parse(body) as { classifier?: { fallback_reason?: string } }).classifier?.fallback_reason ?? 'none'); } catch { /* counted by check */ }
        lines.push(`  ${name.padEnd(18)} ${report ? 'report ' : 'request'} ${res.status} fallback_reason=${reason}`);
      }
    }
  } finally {
    child.kill();
    upstream.closeAllConnections();
    upstream.close();
  }
  return lines;
}

const started = Date.now();
const service = await startService({});
try {
  await fuzzJson(service.base, N);
  await fuzzMailAndVoice(service.base, Math.ceil(N / 2));
} finally {
  service.child.kill();
}
const fuzzReports = reportsAnswered;
const faultLines = await faults();
console.log(`fuzz: ${N} JSON requests and ${Math.ceil(N / 2)} mails and voice uploads (seed ${opt('seed', 1)}); statuses ${JSON.stringify(statuses)}`);
console.log(`${fuzzReports} adverse-event reports answered 200 (odd message_id, locale, metadata), each checked to be a compliance case`);
console.log('upstream faults (embedded fallback expected, the report a case):');
console.log(faultLines.join('\n'));
for (const b of breaks.slice(0, 20)) console.log(JSON.stringify(b));
console.log(`${breaks.length} contract breaks in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(breaks.length === 0 ? 0 : 1);
