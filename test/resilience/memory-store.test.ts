import { describe, expect, it } from 'vitest';
import { createMemoryIdempotencyStore, MEMORY_STORE_MAX_ENTRIES } from '../../src/idempotency/store.ts';
import { anonymousTenant, scopeKey } from '../../src/idempotency/scope.ts';

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

describe('in-process idempotency store: one client cannot evict another', () => {
  const answer = (n: number, size = 10) => ({ fingerprint: `f${n}`, status: 200, body: { n, text: 'x'.repeat(size) } });

  it('when one tenant floods distinct keys past its bound, then another tenant keeps its keys and the flooder loses only its oldest', async () => {
    const store = createMemoryIdempotencyStore({ maxEntries: 50 });
    await store.set('chat:keep-me', answer(0), 60_000);
    for (let i = 0; i < 500; i++) await store.set(`flood:${i}`, answer(i), 60_000);
    expect(await store.get('chat:keep-me')).toEqual(answer(0));
    expect(await store.get('flood:449')).toBeUndefined();
    expect(await store.get('flood:450')).toEqual(answer(450));
    expect(await store.get('flood:499')).toEqual(answer(499));
  });

  it('when anonymous callers at two addresses are scoped apart, then a flood from one address does not evict the other', async () => {
    const store = createMemoryIdempotencyStore({ maxEntries: 10 });
    const quiet = scopeKey(anonymousTenant('198.51.100.9'), 'web-1');
    await store.set(quiet, answer(1), 60_000);
    for (let i = 0; i < 100; i++) await store.set(scopeKey(anonymousTenant('203.0.113.7'), `spam-${i}`), answer(i), 60_000);
    expect(await store.get(quiet)).toEqual(answer(1));
  });

  it('when the stored answers pass the byte bound, then the tenant holding the most bytes gives up its oldest, and the total stays under the bound', async () => {
    const store = createMemoryIdempotencyStore({ maxEntries: 10_000, maxBytes: 100_000 });
    await store.set('chat:a', answer(1, 2_000), 60_000);
    await store.set('ivr:b', answer(2, 2_000), 60_000);
    for (let i = 0; i < 200; i++) await store.set(`flood:${i}`, answer(i, 2_000), 60_000);
    expect(store.bytes).toBeLessThanOrEqual(100_000);
    expect(await store.get('chat:a')).toEqual(answer(1, 2_000));
    expect(await store.get('ivr:b')).toEqual(answer(2, 2_000));
    expect(await store.get('flood:0')).toBeUndefined();
    expect(await store.get('flood:199')).toEqual(answer(199, 2_000));
  });

  it('when a day-0 record and an answer share a key, then both survive together and the first instant stays', async () => {
    const store = createMemoryIdempotencyStore({ maxEntries: 2 });
    expect(await store.firstSeen('chat:x', '2026-01-01T00:00:00.000Z', 60_000)).toBe('2026-01-01T00:00:00.000Z');
    await store.set('chat:x', answer(7), 60_000);
    expect(await store.firstSeen('chat:x', '2026-02-01T00:00:00.000Z', 60_000)).toBe('2026-01-01T00:00:00.000Z');
    expect(await store.get('chat:x')).toEqual(answer(7));
  });

  it('when an answer holds non-Latin-1 text, then it is counted at two bytes a character', async () => {
    const store = createMemoryIdempotencyStore();
    await store.set('chat:latin', { fingerprint: 'f', status: 200, body: { t: 'e'.repeat(1000) } }, 60_000);
    const latin = store.bytes;
    await store.close();
    await store.set('chat:latin', { fingerprint: 'f', status: 200, body: { t: '日'.repeat(1000) } }, 60_000);
    expect(store.bytes - latin).toBeGreaterThanOrEqual(1000);
  });
});
