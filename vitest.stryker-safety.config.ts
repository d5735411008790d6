import { defineConfig } from 'vitest/config';

/**
 * The tests StrykerJS runs against mutants of the safety text rules (stryker.safety.config.json). Most of
 * those mutants are in module-level regexes, which Stryker can only test by running every test here, so
 * the list is kept to the tests that read those rules.
 */
export default defineConfig({
  test: {
    include: [
      'test/classifier/safety-guard.test.ts',
      'test/classifier/negation-behaviour.test.ts',
      'test/classifier/guard-judgement.test.ts',
      'test/safety-intake/seriousness-behaviour.test.ts',
      'test/safety-intake/seriousness-words.test.ts',
      'test/safety-intake/subtype-sorting.test.ts',
      'test/safety-intake/seriousness-subtype.test.ts',
      'test/safety-intake/extract.test.ts',
      'test/safety-intake/extract-event.test.ts',
      'test/safety-intake/build-case.test.ts',
      'test/observability/redact.test.ts',
      'test/classifier/safety-guard-real-text.test.ts',
      'test/classifier/local-second-stage.test.ts',
      'test/classifier/second-stage-words.test.ts',
      'test/classifier/local-classifier.test.ts',
      'test/observability/redact-spoken-names.test.ts',
      'test/classifier/case-report.test.ts',
      'test/classifier/symptom-asked-in-words.test.ts',
      'test/classifier/benefit.test.ts',
      'test/classifier/benefit-edges.test.ts',
      'test/classifier/asking-edges.test.ts',
      'test/classifier/guard-context-edges.test.ts',
      'test/classifier/second-stage-edges.test.ts',
      'test/classifier/case-report-edges.test.ts',
      'test/classifier/request-turn.test.ts',
      'test/classifier/slot-given.test.ts',
      'test/classifier/information-request.test.ts',
      'test/classifier/account-request.test.ts',
      'test/classifier/asks-information-safety.test.ts',
      'test/classifier/bare-command-care-words.test.ts',
      'test/classifier/booking-size.test.ts',
      'test/classifier/booking-turn-safety.test.ts',
      'test/classifier/command-verbs.test.ts',
      'test/classifier/place-details.test.ts',
      'test/classifier/record-lookup.test.ts',
      'test/classifier/reference-number.test.ts',
      'test/classifier/request-wants.test.ts',
      'test/classifier/slot-question.test.ts',
      'test/classifier/takes-choice.test.ts',
      'test/classifier/visit-request.test.ts',
      'test/classifier/wants-to-know.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
