import { Writable } from 'node:stream';
import { buildApp, type AppOptions } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createEmbeddedCompliance } from '../../src/adapters/embedded/compliance.ts';
import { createEmbeddedTicketing } from '../../src/adapters/embedded/ticketing.ts';
import type { KnowledgeBase } from '../../src/ports/knowledge-base.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { createKeywordClassifier } from './fakes.ts';

/** Collects every log line the app writes (through the real logger and its redaction), parsed, so tests can assert on (and scan) them. */
export function createLogCapture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger({ level: 'debug', destination: stream }), lines, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

export const fakeKnowledgeBase: KnowledgeBase = {
  async search(query) {
    if (/hours|open|close/i.test(query)) {
      return [{ id: 'kb-hours', title: 'Pharmacy hours', snippet: 'Most pharmacies are open 8am to 9pm.', score: 12.5 }];
    }
    return [];
  },
};

/**
 * A fresh app per test with fakes for every dependency (STYLE.md habit 1); `env` overrides config,
 * `options` overrides ports or classifiers.
 */
export async function buildTestApp(env: Record<string, string> = {}, options: Partial<AppOptions> = {}) {
  const config = loadConfig({ LOG_LEVEL: 'debug', RATE_LIMIT_MAX: '0', ...env });
  const capture = createLogCapture();
  const ticketing = createEmbeddedTicketing();
  const compliance = createEmbeddedCompliance();
  const classifier = createKeywordClassifier();
  const app = await buildApp({
    config,
    logger: capture.logger,
    classifiers: { primary: null, fallback: classifier },
    ...options,
    ports: { knowledgeBase: fakeKnowledgeBase, ticketing, compliance, ...options.ports },
  });
  await app.ready();
  return { app, logs: capture, ticketing, compliance, classifier, config };
}

export const json = (payload: unknown) => ({
  method: 'POST' as const,
  url: '/api/v1/classify',
  headers: { 'content-type': 'application/json' },
  payload: JSON.stringify(payload),
});
