import type { Ticket, TicketRequest, Ticketing } from '../../ports/ticketing.ts';
import { createBoundedStore, EMBEDDED_MAX_RECORDS, newReference } from './ids.ts';

export interface EmbeddedTicketing extends Ticketing {
  /** Every ticket created, for tests and the demo; newest last. */
  list(): Array<Ticket & { request: TicketRequest }>;
}

/** In-process ticketing: needs no server; a repeated idempotency key returns the first ticket. */
export function createEmbeddedTicketing(options: { maxTickets?: number } = {}): EmbeddedTicketing {
  const tickets = createBoundedStore<Ticket & { request: TicketRequest }>(options.maxTickets ?? EMBEDDED_MAX_RECORDS);
  const byKey = createBoundedStore<string>(options.maxTickets ?? EMBEDDED_MAX_RECORDS);
  return {
    async createTicket(request) {
      const existingId = request.idempotency_key ? byKey.get(request.idempotency_key) : undefined;
      const existing = existingId ? tickets.get(existingId) : undefined;
      if (existing) return { ...strip(existing), deduplicated: true };
      const now = new Date();
      const ticket = {
        id: newReference('TCK', now),
        queue: request.queue,
        priority: request.priority,
        status: 'open' as const,
        summary: request.summary,
        created_at: now.toISOString(),
        deduplicated: false,
      };
      tickets.set(ticket.id, { ...ticket, request });
      if (request.idempotency_key) byKey.set(request.idempotency_key, ticket.id);
      return ticket;
    },
    list: () => tickets.values(),
  };
}

function strip(stored: Ticket & { request: TicketRequest }): Ticket {
  const { request: _request, ...ticket } = stored;
  return ticket;
}
