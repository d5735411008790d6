import { z } from 'zod';
import { PRIORITIES } from '../../domain.ts';
import type { Ticketing } from '../../ports/ticketing.ts';
import { idempotencyHeaders } from './idempotency-header.ts';
import { createJsonClient } from './json-client.ts';

const TicketResponse = z.object({
  id: z.string().min(1),
  queue: z.string(),
  priority: z.enum(PRIORITIES),
  status: z.literal('open').default('open'),
  summary: z.string().default(''),
  created_at: z.string(),
  deduplicated: z.boolean().default(false),
});

/** `POST {TICKETING_URL}/tickets` with the TicketRequest as JSON and `Idempotency-Key` -> the ticket. */
export function createHttpTicketing(baseUrl: string, timeoutMs: number): Ticketing & { close(): Promise<void> } {
  const client = createJsonClient(baseUrl, timeoutMs, 'ticketing');
  return {
    createTicket: (ticket) =>
      client.call({
        method: 'POST',
        path: '/tickets',
        body: ticket,
        headers: idempotencyHeaders(ticket.idempotency_key),
        schema: TicketResponse,
      }),
    close: () => client.close(),
  };
}
