import { setTimeout as sleep } from 'node:timers/promises';

/** One overall budget for a call and all its retries; also follows the caller's own signal. */
export interface Deadline {
  readonly signal: AbortSignal;
  /** Milliseconds left, never negative. */
  remaining(): number;
  /** Waits `ms` unless the deadline fires first (then it rejects). */
  wait(ms: number): Promise<void>;
  /** Releases the timer and the listener on the caller's signal. */
  clear(): void;
}

export function startDeadline(ms: number, outer?: AbortSignal): Deadline {
  const controller = new AbortController();
  const end = performance.now() + ms;
  const timer = setTimeout(() => controller.abort(new Error(`deadline of ${ms}ms reached`)), ms);
  const onOuterAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) onOuterAbort();
  else outer?.addEventListener('abort', onOuterAbort, { once: true });

  return {
    signal: controller.signal,
    remaining: () => Math.max(0, end - performance.now()),
    wait: (delay) => sleep(delay, undefined, { signal: controller.signal }),
    clear: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    },
  };
}

/** "Full jitter" exponential backoff: uniformly random in [0, min(cap, base * 2^attempt)). */
export function fullJitterBackoff(attempt: number, baseMs: number, capMs: number, random = Math.random): number {
  return random() * Math.min(capMs, baseMs * 2 ** attempt);
}
