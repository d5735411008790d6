import { defineConfig } from 'vitest/config';

/**
 * The tests StrykerJS runs against mutants of the decision core (stryker.config.json): decide, the
 * classifier chain, idempotency, the classify route, API keys and the due date. The server process,
 * Terraform, eval scripts, corpus checks, load shedding and Redis tests are left out: slow, and about
 * other things; so are the fault-injection and downstream-adapter workflow tests (never-lost, unusual
 * message ids), whose deadlines in the hundreds of milliseconds a loaded machine can trip.
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
      'test/classifier/retry-budget.test.ts',
      'test/http/**/*.test.ts',
      'test/safety-intake/due-date.test.ts',
      'test/safety-intake/seriousness-behaviour.test.ts',
      'test/workflows/safety-compliance.test.ts',
      'test/workflows/llm-case-facts.test.ts',
      'test/resilience/memory-store.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
