import type { Ticketing } from '../ports/ticketing.ts';
import { unavailable } from '../errors.ts';
import { queueFor } from './ticket-queue.ts';
import type { Workflow } from './types.ts';

/**
 * service_action -> Ticketing. A ticket that could not be created is a 503: the channel retries with
 * the same message_id (the idempotency key), so the request is never silently dropped.
 */
export function createServiceActionWorkflow(ticketing: Ticketing, onOutcome?: (outcome: string) => void): Workflow {
  return async (context) => {
    const queue = queueFor(`${context.classification.summary} ${context.redacted}`);
    let ticket;
    try {
      ticket = await ticketing.createTicket({
        idempotency_key: context.idempotency_key,
        queue,
        priority: context.decision.priority,
        summary: context.classification.summary || context.redacted.slice(0, 120),
        description: context.redacted,
        channel: context.channel,
        customer_id: context.customer_id,
        request_id: context.request_id,
      });
    } catch (error) {
      onOutcome?.('error');
      throw unavailable('The ticketing system could not record this request; retry with the same message_id.', 5, error);
    }
    onOutcome?.(ticket.deduplicated ? 'deduplicated' : 'created');
    return {
      next_step: {
        action: 'create_ticket',
        description: `Ticket ${ticket.id} created in queue ${ticket.queue} (priority ${ticket.priority}).`,
        priority: ticket.priority,
        requires_human_review: context.decision.requires_human_review,
        external_system: 'ticketing',
        reference: ticket.id,
      },
      workflow: { type: 'ticket', ticket },
      path: `ticketing: ${ticket.deduplicated ? 'existing' : 'created'} ${ticket.id} in ${ticket.queue}`,
    };
  };
}
