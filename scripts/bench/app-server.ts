import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { benchLogDestination } from './bench-log.ts';
import { serveChildProtocol } from './child-protocol.ts';

/**
 * Scenarios (b), (c), (d): the real app from the environment, as server.ts builds it, except that the
 * pino JSON lines go to BENCH_LOG_FILE (default /dev/null) through the same synchronous writes
 * pino uses for stdout, so per-request logging costs what it costs in production.
 */
const config = loadConfig({ ...process.env, HOST: '127.0.0.1', PORT: '0' });
const { destination, closeWith } = benchLogDestination();
const logger = createLogger({ level: config.LOG_LEVEL, destination });
const app = await buildApp({ config, logger });
const address = await app.listen({ port: config.PORT, host: config.HOST });
serveChildProtocol(address, closeWith(() => app.close()));
