import { afterEach, describe, expect, it } from 'vitest';
import { createHttpCompliance } from '../../src/adapters/http/compliance.ts';
import { createHttpKnowledgeBase } from '../../src/adapters/http/knowledge-base.ts';
import { createHttpTicketing } from '../../src/adapters/http/ticketing.ts';
import type { CaseRequest } from '../../src/ports/compliance.ts';
import { closedPort, sendJson, startHttpServer } from '../support/http-server.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function server(handler: Parameters<typeof startHttpServer>[0]) {
  const s = await startHttpServer(handler);
  cleanups.push(s.close);
  return s;
}

const caseRequest: CaseRequest = {
  idempotency_key: 'k-1',
  request_id: 'r-1',
  channel: 'chat',
  received_at: '2026-11-22T10:00:00.000Z',
  severity: 'high',
  priority: 'high',
  narrative: 'rash since [DATE]',
  original_text: 'rash since yesterday',
  signals: [{ kind: 'adverse_event', term: 'rash' }],
  notify: ['pharmacovigilance'],
  classifier: { provider: 'local', model: 'm', prompt_version: 'v' },
  decision_path: 'x',
  subtype: 'adverse_event',
  facts: {
    patient: { present: true, value: 'the sender' },
    reporter: { present: true, value: 'consumer (the patient)' },
    suspect_product: { present: false, value: null },
    adverse_event: { present: true, value: 'rash' },
    seriousness: { death: false, life_threatening: false, hospitalisation: false, disability: false, congenital_anomaly: false, other_medically_important: false },
    subtype: 'adverse_event',
  },
  facts_source: 'heuristic',
  valid_case: false,
  missing_elements: ['suspect_product'],
  serious: false,
  seriousness_criteria: [],
  seriousness_status: 'non_serious',
  report_due_by: '2027-02-20',
};

describe('HTTP knowledge base adapter', () => {
  it('when the KB answers, then hits come back and the query is sent as documented', async () => {
    const s = await server((_req, res) => sendJson(res, 200, { hits: [{ id: 'a', title: 'A', snippet: 's', score: 3 }] }));
    const kb = createHttpKnowledgeBase(s.url, 500);
    cleanups.push(kb.close);
    const hits = await kb.search('store hours', { limit: 3, locale: 'en-US' });
    expect(hits).toEqual([{ id: 'a', title: 'A', snippet: 's', score: 3 }]);
    expect(s.requests[0]!.url).toBe('/search?q=store+hours&limit=3&locale=en-US');
  });

  it('when the KB answers garbage, then the adapter rejects', async () => {
    const s = await server((_req, res) => sendJson(res, 200, { nope: true }));
    const kb = createHttpKnowledgeBase(s.url, 500);
    cleanups.push(kb.close);
    await expect(kb.search('x', { limit: 1 })).rejects.toThrow(/unexpected response/);
  });
});

describe('HTTP ticketing adapter', () => {
  it('when a ticket is created, then the request carries the Idempotency-Key and the ticket is returned', async () => {
    const s = await server((req, res) => {
      const body = JSON.parse(req.body);
      sendJson(res, 201, { id: 'T-1', queue: body.queue, priority: body.priority, created_at: '2026-11-22T10:00:00Z' });
    });
    const ticketing = createHttpTicketing(s.url, 500);
    cleanups.push(ticketing.close);
    const ticket = await ticketing.createTicket({ idempotency_key: 'm-9', queue: 'billing', priority: 'medium', summary: 's', description: 'd', channel: 'chat', request_id: 'r' });
    expect(ticket).toMatchObject({ id: 'T-1', queue: 'billing', status: 'open', deduplicated: false });
    expect(s.requests[0]).toMatchObject({ method: 'POST', url: '/tickets' });
    expect(s.requests[0]!.headers['idempotency-key']).toBe('m-9');
  });

  it('when ticketing answers 500, then the adapter rejects with the status', async () => {
    const s = await server((_req, res) => sendJson(res, 500, { error: 'boom' }));
    const ticketing = createHttpTicketing(s.url, 500);
    cleanups.push(ticketing.close);
    await expect(ticketing.createTicket({ queue: 'q', priority: 'low', summary: '', description: '', channel: 'api', request_id: 'r' })).rejects.toMatchObject({ status: 500 });
  });
});

describe('HTTP compliance adapter', () => {
  it('when the compliance system records the case, then the case comes back', async () => {
    const s = await server((_req, res) => sendJson(res, 201, { id: 'SC-1', received_at: caseRequest.received_at, severity: 'high', created_at: 'now' }));
    const compliance = createHttpCompliance(s.url, 500);
    cleanups.push(compliance.close);
    expect(await compliance.openCase(caseRequest)).toMatchObject({ id: 'SC-1', status: 'open' });
    expect(JSON.parse(s.requests[0]!.body)).toMatchObject({ original_text: 'rash since yesterday', received_at: caseRequest.received_at });
  });

  it('when the compliance port is closed, then openCase rejects', async () => {
    const compliance = createHttpCompliance(await closedPort(), 300);
    cleanups.push(compliance.close);
    await expect(compliance.openCase(caseRequest)).rejects.toThrow(/compliance/);
  });

  it('when the compliance server hangs, then openCase rejects after the timeout', async () => {
    const s = await server(() => {
      /* never answers */
    });
    const compliance = createHttpCompliance(s.url, 200);
    cleanups.push(compliance.close);
    await expect(compliance.openCase(caseRequest)).rejects.toThrow('compliance: POST /cases failed: The operation was aborted due to timeout');
  });

  it('when the compliance server answers 200 without a case id, then it does not count as recorded', async () => {
    const s = await server((_req, res) => sendJson(res, 200, { ok: true }));
    const compliance = createHttpCompliance(s.url, 500);
    cleanups.push(compliance.close);
    await expect(compliance.openCase(caseRequest)).rejects.toThrow(/unexpected response/);
  });
});
