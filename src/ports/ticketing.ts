import type { Channel, Priority } from '../domain.ts';

export interface TicketRequest {
  /** The channel's message_id: creating twice with the same key returns the first ticket. */
  idempotency_key?: string | undefined;
  queue: string;
  priority: Priority;
  summary: string;
  /** The customer's request, PII-redacted. */
  description: string;
  channel: Channel;
  customer_id?: string | undefined;
  request_id: string;
}

export interface Ticket {
  id: string;
  queue: string;
  priority: Priority;
  status: 'open';
  summary: string;
  created_at: string;
  /** True when this call returned an existing ticket for the same idempotency key. */
  deduplicated: boolean;
}

export interface Ticketing {
  createTicket(request: TicketRequest): Promise<Ticket>;
}
