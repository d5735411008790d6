import { z } from 'zod';
import {
  ClassifyResponseSchema,
  ErrorBodySchema,
  HealthSchema,
  ReadySchema,
  createClassifyRequestSchema,
  MailClassifyResponseSchema,
  VoiceClassifyResponseSchema,
} from './schemas.ts';
import { channelPaths } from './openapi-channels.ts';

const json = (schema: z.ZodType, io: 'input' | 'output' = 'output') => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  return rest;
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/**
 * Real messages for "Try it out". The first (the one Swagger UI starts with) has no message_id, so
 * editing its text and sending again never collides with an earlier call; the others show the ids a
 * channel sends, each unique: a message_id reused with another message is a 400.
 */
const REQUEST_EXAMPLES = {
  informational: { summary: 'A question (knowledge-base answer)', value: { message: 'Hi, what time does the pharmacy close on Sunday?', channel: 'chat', locale: 'en-US' } },
  service_action: {
    summary: 'A refill (ticket), idempotent by message_id',
    value: { message: 'Please refill my lisinopril 20 mg, rx number 4471923', channel: 'voice', message_id: 'ivr-20261206-0001', customer_id: 'cust-1042' },
  },
  safety_compliance: {
    summary: 'A reaction (compliance case)',
    value: { message: 'Since I started the new blood pressure pills my lips and face are swelling.', channel: 'chat', message_id: 'chat-20261206-7781' },
  },
};

/** The request schema with examples, and message_id saying that it must be unique per message. */
function classifyRequestSchema(maxMessageChars: number) {
  const schema = json(createClassifyRequestSchema(maxMessageChars), 'input') as { properties: Record<string, Record<string, unknown>> };
  const props = schema.properties;
  props['message']!['examples'] = [REQUEST_EXAMPLES.informational.value.message];
  props['message_id']!['description'] =
    "The channel's own id of this message (unique per message, e.g. the chat message id): a retry with the same id gets the same answer and creates nothing twice; the same id with another message is a 400. Leave it out when there is none.";
  props['message_id']!['examples'] = [REQUEST_EXAMPLES.service_action.value.message_id];
  props['customer_id']!['examples'] = ['cust-1042'];
  props['locale']!['examples'] = ['en-US'];
  props['metadata']!['examples'] = [{ queue: 'retail', agent_id: 'a-17' }];
  return schema;
}

/** OpenAPI 3.1, generated from the same zod schemas that validate requests (STYLE.md habit 3). */
export function buildOpenApiDocument(options: { maxMessageChars: number; version: string }) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'careroute',
      version: options.version,
      description: 'Classifies healthcare contact-centre messages and routes them to a knowledge-base answer, a ticket or a compliance case.',
    },
    components: {
      schemas: {
        ClassifyRequest: classifyRequestSchema(options.maxMessageChars),
        ClassifyResponse: json(ClassifyResponseSchema),
        Error: json(ErrorBodySchema),
        Health: json(HealthSchema),
        Ready: json(ReadySchema),
        MailClassifyResponse: json(MailClassifyResponseSchema),
        VoiceClassifyResponse: json(VoiceClassifyResponseSchema),
      },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
      },
    },
    paths: {
      '/api/v1/classify': {
        post: {
          summary: 'Classify a customer message and route it',
          security: [{ bearer: [] }, { apiKey: [] }, {}],
          parameters: [
            { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 128 } },
            { name: 'X-Request-Id', in: 'header', required: false, schema: { type: 'string', maxLength: 128 } },
          ],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ClassifyRequest' }, examples: REQUEST_EXAMPLES } } },
          responses: {
            200: { description: 'Classified and routed', content: { 'application/json': { schema: { $ref: '#/components/schemas/ClassifyResponse' } } } },
            400: errorResponse('Malformed JSON, failed validation or unknown field'),
            401: errorResponse('API keys are configured and none or a wrong one was given'),
            413: errorResponse('Body over the limit'),
            415: errorResponse('Not JSON'),
            408: errorResponse('Headers or body did not arrive within REQUEST_TIMEOUT_MS; the connection is closed'),
            429: errorResponse('Over the client rate limit; see Retry-After'),
            503: errorResponse('Cannot serve now; retry with the same message_id after Retry-After'),
            500: errorResponse('A bug; no internals in the body'),
          },
        },
      },
      '/api/v1/health': {
        get: { summary: 'Liveness', responses: { 200: { description: 'Alive', content: { 'application/json': { schema: { $ref: '#/components/schemas/Health' } } } } } },
      },
      '/api/v1/ready': {
        get: {
          summary: 'Readiness',
          responses: {
            200: { description: 'Ready', content: { 'application/json': { schema: { $ref: '#/components/schemas/Ready' } } } },
            503: { description: 'Starting, draining, no classifier, or PII redaction without its name tagger (checks.pii_redaction.reason)', content: { 'application/json': { schema: { $ref: '#/components/schemas/Ready' } } } },
          },
        },
      },
      ...channelPaths(errorResponse),
      '/metrics': {
        get: {
          summary: 'Prometheus metrics: METRICS_TOKEN as a bearer token, or (without it) loopback clients only',
          security: [{ bearer: [] }, {}],
          responses: {
            200: { description: 'Prometheus text format', content: { 'text/plain': { schema: { type: 'string' } } } },
            401: errorResponse('No or a wrong METRICS_TOKEN, or (without one) a client not on loopback'),
          },
        },
      },
    },
  };
}
