import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createLogger } from './observability/logger.ts';
import { accessNotices } from './startup-notices.ts';
import { listenFailure } from './listen-failure.ts';

/**
 * The only file that reads the environment and listens. On SIGTERM/SIGINT: readiness answers 503 at
 * once, requests in flight finish (bounded by SHUTDOWN_TIMEOUT_MS), then the process exits 0.
 */
let config: Config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`careroute: ${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  throw error;
}

const logger = createLogger({ level: config.LOG_LEVEL });
const app = await buildApp({ config, logger });
const { primary, providerReason } = app.careroute;
logger.info({ provider: primary, reason: providerReason }, `classifier: ${primary} (${providerReason})`);
for (const notice of accessNotices(config)) logger[notice.level](notice.message);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  app.careroute.lifecycle.draining = true;
  logger.info({ signal, timeout_ms: config.SHUTDOWN_TIMEOUT_MS }, 'shutting down: readiness is 503, draining requests in flight');
  const deadline = setTimeout(() => {
    logger.error('shutdown deadline passed with requests still in flight; exiting');
    process.exit(1);
  }, config.SHUTDOWN_DELAY_MS + config.SHUTDOWN_TIMEOUT_MS);
  deadline.unref();
  try {
    // Readiness is 503 now; keep serving for a moment so the load balancer stops routing to us first.
    await new Promise((resolve) => setTimeout(resolve, config.SHUTDOWN_DELAY_MS));
    await app.close();
    logger.info('stopped cleanly');
    logger.flush?.();
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, 'error while closing');
    process.exit(1);
  }
}
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));

try {
  await app.listen({ port: config.PORT, host: config.HOST });
} catch (error) {
  const reason = listenFailure(error as NodeJS.ErrnoException, config);
  if (reason) {
    // Like bad configuration: one plain line that says what to change, no stack trace.
    process.stderr.write(`careroute: ${reason}\n`);
    await app.close().catch(() => {});
    process.exit(1);
  }
  logger.fatal({ err: error }, 'could not start listening');
  process.exit(1);
}
