import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/observability/logger.ts';
import { CENSORED_BELOW_TOP, PINO_REDACT_PATHS, redactLogValue } from '../../src/observability/pino-redaction.ts';

function sink(lines: string[]) {
  return new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk).replace(/"time":("[^"]*"|\d+),/, ''));
      done();
    },
  });
}

class Box {
  body = 'a response body';
  keep = 1;
  text = 'customer words';
  describe() {
    return 'box';
  }
}

const LINES: Array<Record<string, unknown>> = [
  { route: '/api/v1/classify', method: 'POST', status: 200, duration_ms: 12.3, category: 'informational', provider: 'local', fallback: false, replayed: false, prompt_variant: null },
  { note: 'mail a@b.com', payload: { body: 'secret', text: 'x', keep: 1, customer_id: 'CUST-11', metadata: { a: 1 }, message_text: 'm', original_text: 'o' } },
  { items: [{ body: 'in an array' }], nested: { deeper: { body: 'two levels down, call 555-201-7788' } } },
  // (A Buffer is left out: through the wildcard paths it came out as "[unable to serialize, ...]".)
  { inst: new Box(), when: new Date(0) },
  { err: Object.assign(new Error('boom for a@b.com'), { body: 'upstream body', status: 500 }) },
  { req: { method: 'GET', url: '/x?y=1', id: 'r1', headers: { authorization: 'Bearer s3cret' }, body: 'b' }, res: { statusCode: 200, headers: { 'set-cookie': 'sid=1' }, body: 'x' } },
  { body: 'top', customer_id: 'CUST-22', message: 'm', text: 't', nothing: null, missing: undefined },
];

describe('log lines one level down', () => {
  it('when lines are logged, then they are what pino gave with the `*.body`, `*.text`, ... paths, without running them on every field', () => {
    const ours: string[] = [];
    const reference: string[] = [];
    const logger = createLogger({ level: 'info', destination: sink(ours) });
    const wildcards = [...CENSORED_BELOW_TOP].map((key) => `*.${key}`);
    const before = pino(
      {
        base: { service: 'careroute' },
        redact: { paths: [...PINO_REDACT_PATHS, ...wildcards], censor: '[REDACTED]' },
        formatters: { log: (object) => redactLogValue(object) as Record<string, unknown> },
        serializers: {
          err: pino.stdSerializers.err,
          req: (req: { method?: string; url?: string; id?: string }) => ({ method: req.method, url: req.url?.split('?')[0], id: req.id }),
        },
      },
      sink(reference),
    );
    for (const line of LINES) {
      logger.info(line, 'line');
      before.info(line, 'line');
    }
    expect(ours).toEqual(reference);
    expect(PINO_REDACT_PATHS.some((path) => path.startsWith('*'))).toBe(false);
    const all = ours.join('');
    for (const secret of ['secret', 'CUST-11', 'a response body', 'customer words', 'upstream body', 's3cret', 'CUST-22']) expect(all).not.toContain(secret);
    expect(all).toContain('in an array');
    expect(all).toContain('two levels down, call [PHONE]');
  });
});
