import Fastify, { LogController } from 'fastify';
import { pino } from 'pino';
import { benchLogDestination } from './bench-log.ts';
import { serveChildProtocol } from './child-protocol.ts';

/**
 * Diagnostic scenario (a2), no target: what (b)'s request shape costs before any triage. The same
 * POST body as (b), parsed and checked against a JSON schema, one info JSON line per request to
 * BENCH_LOG_FILE through pino's synchronous writes (as app-server.ts), and a fixed ~1 KB answer
 * shaped like a classify response. Everything (b) costs above this row is careroute's own work.
 */
const { destination, closeWith } = benchLogDestination();
const app = Fastify({ loggerInstance: pino({ level: 'info' }, destination), logController: new LogController({ disableRequestLogging: true }) });

const ANSWER = {
  request_id: '00000000-0000-4000-8000-000000000000',
  timestamp: '2026-01-01T00:00:00.000Z',
  channel: 'chat',
  category: 'service_action',
  confidence: 0.93,
  secondary_category: null,
  language: 'en',
  summary: 'Customer asks to refill a prescription.',
  decision_path: 'guard: no safety signal; classifier local: service_action 0.93 >= 0.6; ticket created',
  next_step: 'A ticket was opened; an agent will act on it within the stated service level.',
  workflow: { type: 'ticket', ticket_id: 'TCK-000000', queue: 'pharmacy-refills', priority: 'medium', status: 'open' },
  classifier: { provider: 'local', model: 'careroute-local-v1', prompt_version: 'v1', fallback_used: false, latency_ms: 0.4 },
};

app.post(
  '/api/v1/classify',
  {
    schema: {
      body: {
        type: 'object',
        required: ['message', 'channel'],
        additionalProperties: false,
        properties: {
          message: { type: 'string', minLength: 1, maxLength: 5000 },
          channel: { type: 'string', enum: ['chat', 'voice', 'mail', 'api'] },
          customer_id: { type: 'string', maxLength: 128 },
          locale: { type: 'string', maxLength: 35 },
          message_id: { type: 'string', maxLength: 128 },
          metadata: { type: 'object', additionalProperties: { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] } },
        },
      },
    },
  },
  async (request) => {
    const body = request.body as { channel: string };
    request.log.info({ request_id: request.id, route: '/api/v1/classify', status: 200, channel: body.channel, category: ANSWER.category }, 'request completed');
    return { ...ANSWER, channel: body.channel };
  },
);
const address = await app.listen({ port: 0, host: '127.0.0.1' });
serveChildProtocol(address, closeWith(() => app.close()));
