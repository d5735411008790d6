import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32: no I, L, O, U to misread on the phone

// randomBytes costs a call into the CSPRNG however few bytes it returns: refill for 256 ids at once.
const SUFFIX_BYTES = 6;
const pool = Buffer.alloc(SUFFIX_BYTES * 256);
let poolOffset = pool.length;

/** A short, unambiguous id such as `SC-20261122-7K3QF9`, dated so agents can read day 0 off it. */
export function newReference(prefix: string, at: Date = new Date()): string {
  if (poolOffset + SUFFIX_BYTES > pool.length) {
    randomBytes(pool.length).copy(pool);
    poolOffset = 0;
  }
  let suffix = '';
  for (let i = poolOffset; i < poolOffset + SUFFIX_BYTES; i++) suffix += ALPHABET[pool[i]! % 32];
  poolOffset += SUFFIX_BYTES;
  const day = at.toISOString().slice(0, 10).replaceAll('-', '');
  return `${prefix}-${day}-${suffix}`;
}

/**
 * How many tickets or cases an embedded adapter remembers (for deduplication and the demo). Each
 * holds its request (~1 KB), so 1,000 is ~1 MB: a bounded footprint for a long-running default
 * deployment (a real system is configured through TICKETING_URL / COMPLIANCE_URL).
 */
export const EMBEDDED_MAX_RECORDS = 1_000;

/**
 * Keeps at most `max` records, forgetting the oldest: the embedded adapters are demo defaults and
 * must not grow without bound in a long-running process.
 */
export function createBoundedStore<T>(max: number) {
  const items = new Map<string, T>();
  // The keys in insertion order, in a ring: the oldest is read here, not as the Map's first key (after
  // many deletions V8 walks the Map's freed slots to find that one, a few microseconds a record).
  const order: string[] = [];
  let oldest = 0;
  return {
    get: (key: string) => items.get(key),
    set(key: string, value: T) {
      const added = !items.has(key);
      items.set(key, value);
      if (!added) return;
      if (items.size <= max) {
        order.push(key);
        return;
      }
      if (order.length === 0) {
        items.delete(key); // max 0: nothing is kept
        return;
      }
      items.delete(order[oldest]!);
      order[oldest] = key;
      oldest = (oldest + 1) % order.length;
    },
    get size() {
      return items.size;
    },
    values: () => [...items.values()],
  };
}
