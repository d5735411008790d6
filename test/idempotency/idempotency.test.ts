import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../src/errors.ts';
import { createIdempotency } from '../../src/idempotency/idempotency.ts';
import { createMemoryIdempotencyStore, type IdempotencyStore } from '../../src/idempotency/store.ts';

// Gaps found by mutation testing (#18): replay marks, a waiter behind a lock, a store that throws.
const ok = (body: unknown) => async () => ({ status: 200, body });

afterEach(() => {
  vi.useRealTimers();
});

/** Settles a promise into a value the test can look at after advancing fake time. */
function watch<T>(promise: Promise<T>) {
  const state: { value?: T; error?: unknown; settled: boolean } = { settled: false };
  promise.then(
    (value) => Object.assign(state, { value, settled: true }),
    (error: unknown) => Object.assign(state, { error, settled: true }),
  );
  return state;
}

describe('idempotency: one request per key', () => {
  it('when a key is used the first time, then the response is not marked replayed; the second time it is, with the same body', async () => {
    const idem = createIdempotency({ store: createMemoryIdempotencyStore(), ttlMs: 60_000 });
    const work = vi.fn(ok({ reference: 'T-1' }));
    expect(await idem.run('k', 'f', work)).toEqual({ conflict: false, status: 200, body: { reference: 'T-1' }, replayed: false });
    expect(await idem.run('k', 'f', work)).toEqual({ conflict: false, status: 200, body: { reference: 'T-1' }, replayed: true });
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('when two requests with one key run at once in one process, then the work runs once and only the second is a replay', async () => {
    const idem = createIdempotency({ store: createMemoryIdempotencyStore(), ttlMs: 60_000 });
    const { promise: done, resolve } = Promise.withResolvers<{ status: number; body: unknown }>();
    const work = vi.fn(() => done);
    const first = idem.run('k', 'f', work);
    const second = idem.run('k', 'f', work);
    resolve({ status: 201, body: 'x' });
    expect(await first).toMatchObject({ status: 201, replayed: false });
    expect(await second).toMatchObject({ status: 201, replayed: true });
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('when a key comes back with a different fingerprint, then it is a conflict and the work does not run', async () => {
    const idem = createIdempotency({ store: createMemoryIdempotencyStore(), ttlMs: 60_000 });
    await idem.run('k', 'f1', ok(1));
    const work = vi.fn(ok(2));
    expect(await idem.run('k', 'f2', work)).toEqual({ conflict: true });
    expect(work).not.toHaveBeenCalled();
  });

  it('when the work fails, then nothing is remembered and the lock is released, so a retry runs the work again', async () => {
    const idem = createIdempotency({ store: createMemoryIdempotencyStore(), ttlMs: 60_000 });
    await expect(idem.run('k', 'f', () => Promise.reject(new Error('downstream down')))).rejects.toThrow('downstream down');
    expect(await idem.run('k', 'f', ok('second try'))).toMatchObject({ body: 'second try', replayed: false });
  });
});

describe('idempotency: a request behind another instance\'s lock', () => {
  it('when the other instance finishes, then the waiter gets its stored response as a replay without running the work', async () => {
    vi.useFakeTimers();
    const store = createMemoryIdempotencyStore();
    const idem = createIdempotency({ store, ttlMs: 60_000, lockMs: 15_000, pollMs: 50 });
    await store.lock('k', 15_000); // another instance is working on k
    const work = vi.fn(ok('mine'));
    const waiter = watch(idem.run('k', 'f', work));
    await vi.advanceTimersByTimeAsync(500);
    expect(waiter.settled).toBe(false);
    await store.set('k', { fingerprint: 'f', status: 200, body: 'theirs' }, 60_000);
    await vi.advanceTimersByTimeAsync(50);
    expect(waiter.value).toEqual({ conflict: false, status: 200, body: 'theirs', replayed: true });
    expect(work).not.toHaveBeenCalled();
  });

  it('when the other instance gives up without a result, then the waiter gets a 503 with Retry-After at its next poll, not after the whole lock time', async () => {
    vi.useFakeTimers();
    const store = createMemoryIdempotencyStore();
    const idem = createIdempotency({ store, ttlMs: 60_000, lockMs: 15_000, pollMs: 50 });
    await store.lock('k', 15_000);
    const waiter = watch(idem.run('k', 'f', ok('mine')));
    await vi.advanceTimersByTimeAsync(200);
    await store.unlock('k'); // the holder failed: no result stored
    await vi.advanceTimersByTimeAsync(50);
    expect(waiter.settled).toBe(true);
    expect(waiter.error).toBeInstanceOf(AppError);
    expect(waiter.error).toMatchObject({ code: 'unavailable', statusCode: 503, retryAfterSeconds: 1, message: 'The same message_id is being processed by another request; retry shortly.' });
    // The waiter's probe released the key again: the client's retry runs the work.
    expect(await idem.run('k', 'f', ok('retry'))).toMatchObject({ body: 'retry', replayed: false });
  });

  it('when the other instance holds the lock for the whole lock time, then the waiter answers 503 once that time is over', async () => {
    vi.useFakeTimers();
    const store = createMemoryIdempotencyStore();
    const idem = createIdempotency({ store, ttlMs: 60_000, lockMs: 1_000, pollMs: 50 });
    await store.lock('k', 60_000);
    const waiter = watch(idem.run('k', 'f', ok('mine')));
    await vi.advanceTimersByTimeAsync(950);
    expect(waiter.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(waiter.error).toMatchObject({ code: 'unavailable', statusCode: 503 });
  });
});

describe('idempotency: a store that fails', () => {
  const broken: IdempotencyStore = {
    kind: 'redis',
    get: () => Promise.reject(new Error('get: connection refused')),
    set: () => Promise.reject(new Error('set: connection refused')),
    lock: () => Promise.reject(new Error('lock: connection refused')),
    unlock: () => Promise.reject(new Error('unlock: connection refused')),
    firstSeen: () => Promise.reject(new Error('firstSeen: connection refused')),
    close: () => Promise.resolve(),
  };

  it('when every store call throws, then the work still runs once per call and answers, and each error is reported', async () => {
    const errors: string[] = [];
    const idem = createIdempotency({ store: broken, ttlMs: 60_000, onStoreError: (e) => errors.push((e as Error).message.split(':')[0]!) });
    expect(await idem.run('k', 'f', ok('answered'))).toEqual({ conflict: false, status: 200, body: 'answered', replayed: false });
    expect(errors).toEqual(['get', 'lock', 'set', 'unlock']);
  });

  it('when every store call throws and nobody listens for store errors, then the work still runs and answers', async () => {
    const idem = createIdempotency({ store: broken, ttlMs: 60_000 });
    expect(await idem.run('k', 'f', ok('answered'))).toMatchObject({ status: 200, body: 'answered', replayed: false });
  });

  it('when the store cannot say when a key was first seen, then day 0 is now', async () => {
    const idem = createIdempotency({ store: broken, ttlMs: 60_000, onStoreError: () => {} });
    const at = new Date('2026-11-22T10:00:00.000Z');
    expect((await idem.firstSeen('k', at)).toISOString()).toBe('2026-11-22T10:00:00.000Z');
  });

  it('when the store works, then day 0 of a retried key is its first attempt', async () => {
    const idem = createIdempotency({ store: createMemoryIdempotencyStore(), ttlMs: 60_000 });
    await idem.firstSeen('k', new Date('2026-11-22T10:00:00.000Z'));
    expect((await idem.firstSeen('k', new Date('2026-11-23T09:00:00.000Z'))).toISOString()).toBe('2026-11-22T10:00:00.000Z');
  });
});
