import { pino } from 'pino';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createMemoryIdempotencyStore, MEMORY_STORE_MAX_ENTRIES } from '../../src/idempotency/store.ts';

/**
 * `npm run bench:idempotency-memory [-- N]`: heap retained per remembered request. Sends N (default
 * 6,000) classify calls, each with its own message_id, through the app with the in-process store,
 * and reads heapUsed after a full GC before and after. Prints bytes per key and what the default
 * bound (MEMORY_STORE_MAX_ENTRIES) costs at that rate.
 */
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc (npm run bench:idempotency-memory does)');
const n = Number(process.argv[2] ?? 6000);
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
    payload: { message: `${messages[i % messages.length]} (${i})`, channel: 'chat', message_id: `bench-${i}` },
  });
  if (response.statusCode !== 200) throw new Error(`request ${i}: HTTP ${response.statusCode} ${response.body}`);
}
gc();
const perKey = Math.round((process.memoryUsage().heapUsed - before) / n);
await app.close();
process.stdout.write(
  `${n} idempotent requests: ${perKey} bytes of heap retained per key; the default bound of ` +
    `${MEMORY_STORE_MAX_ENTRIES.toLocaleString('en-US')} keys is ~${Math.round((perKey * MEMORY_STORE_MAX_ENTRIES) / 2 ** 20)} MB\n`,
);
