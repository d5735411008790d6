import { describe, expect, it } from 'vitest';
import { createMemoryIdempotencyStore, MEMORY_STORE_MAX_ENTRIES } from '../../src/idempotency/store.ts';

const result = (n: number) => ({ fingerprint: `f${n}`, status: 200, body: { n } });

describe('in-process idempotency store bounds', () => {
  it('when more distinct keys than the default bound arrive, then the oldest answer is forgotten and memory stays bounded', async () => {
    const store = createMemoryIdempotencyStore();
    for (let i = 0; i <= MEMORY_STORE_MAX_ENTRIES; i++) await store.set(`k${i}`, result(i), 60_000);
    expect(MEMORY_STORE_MAX_ENTRIES).toBeLessThanOrEqual(20_000);
    expect(await store.get('k0')).toBeUndefined();
    expect(await store.get('k1')).toEqual(result(1));
    expect(await store.get(`k${MEMORY_STORE_MAX_ENTRIES}`)).toEqual(result(MEMORY_STORE_MAX_ENTRIES));
  });

  it('when day-0 records exceed the bound, then the oldest goes and a recent one keeps its first instant', async () => {
    const store = createMemoryIdempotencyStore({ maxEntries: 2 });
    await store.firstSeen('a', '2026-01-01T00:00:00.000Z', 60_000);
    await store.firstSeen('b', '2026-01-02T00:00:00.000Z', 60_000);
    await store.firstSeen('c', '2026-01-03T00:00:00.000Z', 60_000);
    expect(await store.firstSeen('b', '2026-02-01T00:00:00.000Z', 60_000)).toBe('2026-01-02T00:00:00.000Z');
    expect(await store.firstSeen('a', '2026-02-01T00:00:00.000Z', 60_000)).toBe('2026-02-01T00:00:00.000Z');
  });

  it('when locks are left behind by requests that never unlocked, then expired ones do not block and live ones still hold', async () => {
    let clock = 0;
    const store = createMemoryIdempotencyStore({ maxEntries: 2, now: () => clock });
    expect(await store.lock('a', 10)).toBe(true);
    expect(await store.lock('b', 10)).toBe(true);
    clock = 20;
    expect(await store.lock('c', 10)).toBe(true);
    expect(await store.lock('c', 10)).toBe(false);
    // a and b expired: taken again at once, not blocked by stale entries.
    expect(await store.lock('a', 10)).toBe(true);
  });
});
