/**
 * The provider's deadline, handed to llmFetch beside the SDK rather than through it. Given a `signal`, the
 * openai SDK joins it to its own controller with AbortSignal.any, and undici then listens on that composite
 * signal: ~28 µs a call in a loop (a plain listener: ~2 µs), 2-3% of the provider's CPU in a profile of
 * scenario (c). Without one, the SDK's controller only follows its own timer, which is the same deadline
 * rounded up to whole milliseconds: the deadline always fires first. The SDK copies its per-call
 * `fetchOptions` (symbol keys included) into the init it hands the fetch, where llmFetch reads this one.
 */
const CALL_SIGNAL = Symbol('careroute.llm-call-signal');

type WithCallSignal = RequestInit & { [CALL_SIGNAL]?: AbortSignal };

/** The per-call SDK options that carry `signal` to llmFetch (typed without the symbol, which the SDK's types do not know). */
export function callSignalOptions(signal: AbortSignal): { fetchOptions: Record<string, never> } {
  return { fetchOptions: { [CALL_SIGNAL]: signal } as Record<string, never> };
}

/** The signal that bounds a call: the provider's deadline when it came beside the SDK, else the init's own. */
export function callSignalOf(init: RequestInit | undefined): AbortSignal | undefined {
  return (init as WithCallSignal | undefined)?.[CALL_SIGNAL] ?? init?.signal ?? undefined;
}
