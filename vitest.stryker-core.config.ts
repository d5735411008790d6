import { defineConfig } from 'vitest/config';

/**
 * The tests StrykerJS runs against mutants of the decision core (stryker.config.json): decide, the
 * classifier chain, idempotency, the classify route (and the idempotent path it shares with the channel
 * routes), API keys and the due date, i.e. the tests written
 * for those files. Every in-process HTTP test passes through the route, so each route mutant would rerun
 * all of them: the other HTTP, workflow and behaviour tests are left out to keep a full run near half an
 * hour on a loaded 2-core machine, and so are the fault-injection and downstream-adapter tests, whose
 * deadlines in the hundreds of milliseconds a loaded machine can trip.
 */
export default defineConfig({
  test: {
    include: [
      'test/triage/**/*.test.ts',
      'test/idempotency/**/*.test.ts',
      'test/auth/**/*.test.ts',
      'test/config/config.test.ts',
      'test/classifier/chain.test.ts',
      'test/classifier/chain-breaker.test.ts',
      // the shadow comparison of issue 12 lives in the chain
      'test/http/variants-and-shadow.test.ts',
      'test/safety-intake/due-date.test.ts',
      'test/http/classify.test.ts',
      'test/http/classify-idempotency-key.test.ts',
      'test/http/idempotency.test.ts',
      'test/http/bad-input.test.ts',
      'test/http/auth-and-limits.test.ts',
      'test/workflows/safety-compliance.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
