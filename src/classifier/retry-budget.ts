/**
 * A retry budget: every first attempt earns `ratio` of a retry, every retry spends one, and the
 * purse holds at most `burst`. So retries add at most ~ratio (20%) to the load on the provider,
 * however many requests fail: during an outage they cannot multiply traffic before the breaker
 * opens. The same idea as the retry budgets of gRPC and Finagle.
 * @see https://github.com/grpc/proposal/blob/master/A6-client-retries.md (retry throttling)
 */
export function createRetryBudget(options: { ratio?: number; burst?: number } = {}) {
  const ratio = options.ratio ?? 0.2;
  const burst = options.burst ?? 10;
  let tokens = burst;
  return {
    /** Called once per first attempt. */
    earn() {
      tokens = Math.min(burst, tokens + ratio);
    },
    /** True (and one token spent) when a retry may be made now. */
    trySpend(): boolean {
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
    available: () => tokens,
  };
}

export type RetryBudget = ReturnType<typeof createRetryBudget>;
