import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClassifyResponseSchema } from '../../src/http/schemas.ts';
import { buildTestApp, json } from '../support/app.ts';

// Day 0 is fixed (only Date is faked), so due dates are literal: +15 days serious, +90 or +30 non-serious.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-22T10:00:00.000Z') });
});
let t: Awaited<ReturnType<typeof buildTestApp>> | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
  vi.useRealTimers();
});

async function classify(message: string, extra: Record<string, unknown> = {}, env: Record<string, string> = {}) {
  t = await buildTestApp(env);
  const response = await t.app.inject(json({ message, ...extra }));
  expect(response.statusCode).toBe(200);
  const body = ClassifyResponseSchema.parse(response.json());
  return { body, kase: (body.workflow as { case: Record<string, unknown> }).case, record: t.compliance.list()[0]! };
}

describe('the safety case in the response', () => {
  it('when a customer reports a reaction, then the case shows day 0, the deadline, the elements, the classifier and the signals', async () => {
    const { body, kase, record } = await classify('Since I started lisinopril my face is swelling. My name is Maria Lopez, call me at 555-201-8890.');
    expect(kase).toMatchObject({
      id: body.next_step.reference,
      received_at: '2026-11-22T10:00:00.000Z',
      report_due_by: '2027-02-20',
      serious: false,
      seriousness_criteria: [],
      valid_case: true,
      missing_elements: [],
      subtype: 'adverse_event',
      facts_source: 'heuristic',
      classifier: { provider: 'local', model: 'fake-local', prompt_version: 'fake-1' },
    });
    expect(kase.elements).toMatchObject({ patient: { present: true, value: 'the sender' }, suspect_product: { present: true, value: 'lisinopril' } });
    expect(kase.signals).toContainEqual({ kind: 'adverse_event', term: 'swelling' });
    expect(kase.decision_path).toMatch(/safety guard/);
    expect(body.decision_path).toMatch(/compliance: opened case SC-\S+ \(high, adverse_event, non-serious, facts: heuristic\)/);
    // The original text stays in the compliance record only.
    expect(JSON.stringify(body)).not.toMatch(/555-201-8890|Maria|Lopez/);
    expect(record.request.original_text).toContain('555-201-8890');
    expect(record.request).toMatchObject({ valid_case: true, report_due_by: kase.report_due_by, subtype: 'adverse_event', facts_source: 'heuristic' });
  });

  it('when the case is serious, then it is urgent, critical and due 15 calendar days after day 0', async () => {
    const { body, kase } = await classify('my mom was admitted to the hospital with a rash after starting amoxicillin');
    expect(kase).toMatchObject({ serious: true, seriousness_criteria: ['hospitalisation'], severity: 'critical', report_due_by: '2026-12-07' });
    expect(body.next_step.priority).toBe('urgent');
    expect(body.next_step.description).toContain(`SERIOUS (hospitalisation): report due by ${String(kase.report_due_by)}`);
  });

  it('when NON_SERIOUS_REPORT_DAYS is 30, then a non-serious case is due 30 days after day 0', async () => {
    const { kase } = await classify('I got a rash from the amoxicillin', {}, { NON_SERIOUS_REPORT_DAYS: '30' });
    expect(kase.report_due_by).toBe('2026-12-22');
  });

  it('when an element is missing, then the case still opens, not valid, and the agent is told what to ask for', async () => {
    const { body, kase } = await classify("my mom's legs swell and she fell twice this week");
    expect(kase).toMatchObject({ valid_case: false, missing_elements: ['suspect_product'] });
    expect(body.next_step.action).toBe('open_safety_case');
    expect(body.next_step.description).toMatch(/ask for the product name/);
  });

  it('when the customer is on file, then the reporter counts as identifiable', async () => {
    const { kase } = await classify('rash after amoxicillin', { customer_id: 'cust-77' });
    expect(kase.missing_elements).toEqual(['patient']);
  });

  it('when it is a privacy breach, then the agent is not asked for PV elements', async () => {
    const { body, kase } = await classify("breach: I received someone else's records in the mail");
    expect(kase.subtype).toBe('privacy_breach');
    expect(body.next_step.description).not.toMatch(/ask for/);
    expect(kase.notify).toContain('privacy-officer');
  });
});

describe('people at risk now', () => {
  it('when someone speaks of self-harm, then the first step is the crisis line, urgent, before anything else', async () => {
    const { body, kase } = await classify('I want to hurt myself, I have been saving my oxycodone');
    expect(body.next_step).toMatchObject({ action: 'direct_to_emergency_services', priority: 'urgent' });
    expect(body.next_step.description).toMatch(/^FIRST, before anything else: .*911.*988/);
    expect(kase).toMatchObject({ subtype: 'self_harm_or_emergency', severity: 'critical' });
    expect(kase.notify).toContain('clinical-on-call');
  });

  it('when an emergency is in progress, then the first step is 911 and PV is told about the product', async () => {
    const { body, kase } = await classify("he can't breathe after the penicillin shot, his throat is closing");
    expect(body.next_step.action).toBe('direct_to_emergency_services');
    expect(body.next_step.description).toMatch(/^FIRST, before anything else: tell the person to call 911 now/);
    expect(kase).toMatchObject({ serious: true, seriousness_criteria: ['life_threatening'] });
    expect(kase.notify).toEqual(expect.arrayContaining(['clinical-on-call', 'pharmacovigilance']));
  });

  it('when a child swallowed pills, then the first step is Poison Control', async () => {
    const { body } = await classify('overdose: my toddler ate some of my pills');
    expect(body.next_step).toMatchObject({ action: 'direct_to_emergency_services', priority: 'urgent' });
    expect(body.next_step.description).toMatch(/Poison Control at 1-800-222-1222/);
  });

  it('when nobody is at risk now, then the step is the case, not an emergency', async () => {
    const { body } = await classify('I got a rash from the amoxicillin');
    expect(body.next_step.action).toBe('open_safety_case');
    expect(body.next_step.description).not.toMatch(/FIRST/);
  });
});

describe('seriousness that the message cannot establish', () => {
  it('when a child swallowed six sleeping pills and nothing says what happened next, then the case says seriousness is not established and follows the 15-day clock', async () => {
    const { body, kase, record } = await classify('My 4 year old son swallowed six of my sleeping pills about an hour ago. What should I do?');
    expect(body.next_step.priority).toBe('urgent');
    expect(kase).toMatchObject({ severity: 'critical', serious: false, seriousness_criteria: [], seriousness_status: 'not_established', report_due_by: '2026-12-07' });
    expect(body.next_step.description).toContain(`Seriousness not established: ask whether the patient was hospitalised`);
    expect(body.next_step.description).toContain(`the 15-day clock applies: report due by ${String(kase.report_due_by)}`);
    expect(body.next_step.description).not.toMatch(/Non-serious/);
    expect(body.decision_path).toMatch(/seriousness not established/);
    expect(record.request).toMatchObject({ seriousness_status: 'not_established', report_due_by: kase.report_due_by });
  });

  it('when an ordinary reaction has no seriousness criterion and nobody is at risk now, then it stays non-serious on the longer clock', async () => {
    const { body, kase } = await classify('I got a rash from the amoxicillin');
    expect(kase).toMatchObject({ seriousness_status: 'non_serious', report_due_by: '2027-02-20' });
    expect(body.next_step.description).toMatch(/Non-serious: report due by/);
  });
});
