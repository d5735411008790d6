/**
 * The request mix the classify scenarios cycle through: all three categories, every channel, short
 * chat lines to long e-mails, some with optional fields. Synthetic text: no real person's data.
 * No message_id anywhere, so idempotency never short-circuits a request.
 */
export interface BenchMessage {
  message: string;
  channel: 'chat' | 'voice' | 'mail' | 'api';
  customer_id?: string;
  locale?: string;
  metadata?: Record<string, string | number | boolean>;
}

const MAIL_SIGNATURE =
  '\n\nKind regards,\nA. Customer\n\nSent from my phone. This e-mail and any attachments are intended only for the ' +
  'addressee; if you received it in error please delete it and tell the sender. ';

const LONG_INFORMATIONAL =
  'Hello, I have a few questions before my trip next month. I will be away for about five weeks and I take ' +
  'two regular prescriptions. Can I get a larger supply before I leave, and does my plan cover a vacation ' +
  'override? Also, what are your pharmacy opening hours on public holidays, and is there a branch near the ' +
  'airport? I read on your website that some items need to be kept in the fridge; how should I pack those ' +
  'for a long flight? Thank you for any information you can share.';

const LONG_SERVICE =
  'Good morning. I moved house last week and my mail-order prescriptions are still being sent to the old ' +
  'address. Please update my delivery address to the new one on file with my health plan, and move the ' +
  'refill that is scheduled for Thursday so it goes to the new address as well. I also need to change the ' +
  'card on my account because the old one expired. Could you confirm by e-mail once this is done?';

const LONG_SAFETY =
  'I am writing about my father. Since the pharmacy switched him to a different brand of his blood pressure ' +
  'tablets three days ago he has been very dizzy when he stands up, he nearly fell twice, and this morning ' +
  'his ankles were badly swollen. He did not have any of this on the old brand. We have stopped nothing yet ' +
  'because we were not sure what to do. Please tell us what to do and whether someone can look into it.';

export const BENCH_MESSAGES: BenchMessage[] = [
  { message: 'What time does the pharmacy close on Saturday?', channel: 'chat' },
  { message: 'Is ibuprofen covered by my plan?', channel: 'api', customer_id: 'C-1001' },
  { message: 'How do I find an in-network pharmacy near me?', channel: 'voice', locale: 'en-US' },
  { message: 'Do you have the flu vaccine in stock this week and do I need an appointment?', channel: 'chat' },
  { message: LONG_INFORMATIONAL + MAIL_SIGNATURE, channel: 'mail', customer_id: 'C-1002', locale: 'en-GB' },
  { message: 'What is the copay for a 90-day supply of a generic?', channel: 'chat', metadata: { source: 'web', page: 'coverage' } },
  { message: 'Please refill my prescription for metformin.', channel: 'chat', customer_id: 'C-2001' },
  { message: 'I need to cancel my home delivery order from yesterday.', channel: 'voice' },
  { message: 'Can you transfer my prescriptions to the store on Main Street?', channel: 'api', metadata: { store: 118 } },
  { message: 'Reset my online account password please, I am locked out.', channel: 'chat' },
  { message: LONG_SERVICE + MAIL_SIGNATURE, channel: 'mail', customer_id: 'C-2002' },
  { message: 'I want to renew my insulin prescription and book a pickup for Friday afternoon.', channel: 'chat', locale: 'en-US' },
  { message: 'Track my order, it was supposed to arrive two days ago.', channel: 'voice', metadata: { ivr_path: '2-1', retries: 0, vip: false } },
  { message: 'I got a rash all over my arms after starting the new antibiotic.', channel: 'chat', customer_id: 'C-3001' },
  { message: 'My son ate some of my pills by mistake, what should I do?', channel: 'voice' },
  { message: 'The bottle I received has a broken seal and the tablets look different.', channel: 'api' },
  { message: LONG_SAFETY + MAIL_SIGNATURE, channel: 'mail', customer_id: 'C-3002', locale: 'en-US' },
  { message: 'I think you gave me the wrong strength, the label says 50 mg but I take 5 mg.', channel: 'chat' },
  { message: 'Someone else received my prescription details in their order.', channel: 'mail' },
  { message: 'hi', channel: 'chat' },
  { message: 'Since the new pills my face is swelling and I feel dizzy.', channel: 'chat', metadata: { session: 'abc123' } },
  { message: 'Can I change my pickup store and also ask whether you stock the nasal spray?', channel: 'chat' },
];

/**
 * One autocannon request whose body is the next message of the mix, from a counter shared by all
 * connections: with a plain `requests` array every connection starts at the first entry, so a run
 * with few requests per connection (500 connections at 250 ms each) would see only the first ones.
 */
export function classifyRequests(path = '/api/v1/classify') {
  const bodies = BENCH_MESSAGES.map((body) => JSON.stringify(body));
  let next = 0;
  return [
    {
      method: 'POST' as const,
      path,
      headers: { 'content-type': 'application/json' },
      setupRequest: <T extends object>(request: T): T => ({ ...request, body: bodies[next++ % bodies.length] }),
    },
  ];
}
