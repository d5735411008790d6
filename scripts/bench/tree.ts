import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The modules of a checkout at `root` (this one, or a plain copy of an older one's src and data with
 * node_modules linked), for scripts that compare two trees in one process (ab.ts, answers.ts): the
 * embedded service composed as in (b), and the stages the comparisons time or read.
 */
export async function loadTree(root: string) {
  const load = (path: string) => import(join(root, 'src', path));
  const { composeService } = await load('compose.ts');
  const { loadConfig } = await load('config.ts');
  const { createMetrics } = await load('observability/metrics.ts');
  const { createLocalClassifier } = await load('classifier/local/local-classifier.ts');
  const { Registry } = createRequire(join(root, 'package.json'))('prom-client');
  const quiet = { warn: () => {}, info: () => {}, debug: () => {} };
  /** The whole app as (b) runs it (local classifier, info logs to /dev/null), for requests through inject. */
  const app = async () => {
    const { buildApp } = await load('app.ts');
    const { createLogger } = await load('observability/logger.ts');
    const { pino } = createRequire(join(root, 'package.json'))('pino');
    const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'info', RATE_LIMIT_MAX: '0', CLASSIFIER_PROVIDER: 'local', SHED_MAX_EVENT_LOOP_DELAY_MS: '0' });
    const built = await buildApp({ config, logger: createLogger({ level: 'info', destination: pino.destination({ dest: '/dev/null', sync: true }) }) });
    await built.ready();
    return built as { inject(options: object): Promise<{ statusCode: number }> };
  };
  return {
    app,
    service: composeService(loadConfig({ NODE_ENV: 'production', CLASSIFIER_PROVIDER: 'local' }), { metrics: createMetrics(new Registry()), log: quiet }),
    local: createLocalClassifier(),
    normaliseMessage: (await load('triage/normalise.ts')).normaliseMessage as (message: string, channel: string) => string,
    scanSafety: (await load('classifier/safety-guard.ts')).scanSafety as (text: string) => unknown,
    findPii: (await load('observability/redact.ts')).findPii as (text: string) => unknown,
    foldText: (await load('classifier/safety/text.ts')).foldText as (text: string) => { folded: string },
    scanMessage: (await load('classifier/safety-lexicon.ts')).scanMessage as (folded: string) => unknown,
    foldForFacts: (await load('safety-intake/text.ts')).foldForFacts as (text: string) => string,
    extractProduct: (await load('safety-intake/product.ts')).extractProduct as (folded: string) => unknown,
    extractCaseFacts: (await load('safety-intake/extract.ts')).extractCaseFacts as (text: string, scan: unknown) => unknown,
    readCaseReport: (await load('classifier/safety/case-report.ts')).readCaseReport as (text: string) => unknown,
  };
}
