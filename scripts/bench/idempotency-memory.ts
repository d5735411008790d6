import { pino } from 'pino';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createMemoryIdempotencyStore, MEMORY_STORE_MAX_BYTES, MEMORY_STORE_MAX_ENTRIES } from '../../src/idempotency/store.ts';

/**
 * `npm run bench:idempotency-memory [-- N [ADDRESSES]]`: the heap the in-process idempotency store
 * retains when it is full. Sends N (default 40,000) classify calls, each with its own message_id,
 * from ADDRESSES (default 8) anonymous callers (so 8 tenants, each under its per-tenant key bound,
 * and the byte bound is what stops the growth), through the app with the in-process store; reads
 * heapUsed after a full GC before and after. Prints the keys kept, the bytes the store counts, the
 * heap retained, and the heap per kept key.
 */
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc (npm run bench:idempotency-memory does)');
const n = Number(process.argv[2] ?? 40_000);
const addresses = Number(process.argv[3] ?? 8);
const store = createMemoryIdempotencyStore();
const app = await buildApp({
  config: loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '0' }),
  logger: pino({ level: 'silent' }),
  idempotencyStore: store,
});
const messages = [
  'Please refill my prescription for metformin.',
  'I got a rash all over my arms after starting the new antibiotic.',
  'What time does the pharmacy close on Saturday?',
];
gc();
const before = process.memoryUsage().heapUsed;
for (let i = 0; i < n; i++) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/classify',
    remoteAddress: `198.51.100.${1 + (i % addresses)}`,
    payload: { message: `${messages[i % messages.length]} (${i})`, channel: 'chat', message_id: `bench-${i}` },
  });
  if (response.statusCode !== 200) throw new Error(`request ${i}: HTTP ${response.statusCode} ${response.body}`);
}
gc();
const retained = process.memoryUsage().heapUsed - before;
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
process.stdout.write(
  `${n.toLocaleString('en-US')} idempotent requests from ${addresses} addresses: the store keeps ${store.size.toLocaleString('en-US')} keys ` +
    `(bounds: ${MEMORY_STORE_MAX_ENTRIES.toLocaleString('en-US')} per tenant, ${mb(MEMORY_STORE_MAX_BYTES)} MB counted), counting ${mb(store.bytes)} MB; ` +
    `heap retained after a full GC: ${mb(retained)} MB (${Math.round(retained / Math.max(1, store.size))} bytes per kept key, ` +
    `${(retained / Math.max(1, store.bytes)).toFixed(2)}x the counted bytes)\n`,
);
await app.close();
