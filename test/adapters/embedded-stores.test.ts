import { describe, expect, it } from 'vitest';
import { createEmbeddedCompliance } from '../../src/adapters/embedded/compliance.ts';
import { createEmbeddedTicketing } from '../../src/adapters/embedded/ticketing.ts';
import { createBoundedStore } from '../../src/adapters/embedded/ids.ts';
import type { CaseRequest } from '../../src/ports/compliance.ts';

const ticket = (key?: string) => ({ idempotency_key: key, queue: 'q', priority: 'low' as const, summary: 's', description: 'd', channel: 'chat' as const, request_id: 'r' });

describe('embedded ticketing and compliance', () => {
  it('when more tickets are created than the cap, then the oldest are forgotten and memory stays bounded', async () => {
    const ticketing = createEmbeddedTicketing({ maxTickets: 2 });
    const first = await ticketing.createTicket(ticket('a'));
    await ticketing.createTicket(ticket('b'));
    await ticketing.createTicket(ticket('c'));
    expect(ticketing.list().map((t) => t.id)).not.toContain(first.id);
    expect(ticketing.list()).toHaveLength(2);
  });

  it('when records keep arriving past the cap, then the oldest first stored go first, a re-stored key keeping its place', () => {
    const store = createBoundedStore<number>(3);
    for (const [i, key] of ['a', 'b', 'c', 'a', 'd', 'e', 'f', 'g', 'h'].entries()) store.set(key, i);
    // a (re-stored at 3, still oldest) goes when d arrives, then b, c, d, e.
    expect(store.values()).toEqual([6, 7, 8]);
    expect(store.get('a')).toBeUndefined();
    const none = createBoundedStore<number>(0);
    none.set('x', 1);
    expect(none.size).toBe(0);
  });

  it('when the same idempotency key is used twice, then the first ticket comes back marked deduplicated', async () => {
    const ticketing = createEmbeddedTicketing();
    const a = await ticketing.createTicket(ticket('same'));
    const b = await ticketing.createTicket(ticket('same'));
    expect(b).toMatchObject({ id: a.id, deduplicated: true });
    expect(ticketing.list()).toHaveLength(1);
  });

  it('when a case is opened, then its id carries day 0 and a repeat returns the same case', async () => {
    const compliance = createEmbeddedCompliance();
    const request = { idempotency_key: 'k', received_at: '2026-03-04T23:59:00.000Z' } as unknown as CaseRequest;
    const a = await compliance.openCase(request);
    const b = await compliance.openCase(request);
    expect(a.id).toMatch(/^SC-20260304-[0-9A-Z]{6}$/);
    expect(b).toMatchObject({ id: a.id, deduplicated: true });
  });
});
