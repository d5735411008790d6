import { pino } from 'pino';

/**
 * The log destination of a bench server child: BENCH_LOG_FILE (default /dev/null) through pino's
 * synchronous writes, as pino writes to stdout in production, so per-request logging costs what it
 * costs there. `closeWith` closes the server, then flushes what is left.
 */
export function benchLogDestination() {
  const destination = pino.destination({ dest: process.env.BENCH_LOG_FILE ?? '/dev/null', sync: true });
  return {
    destination,
    closeWith: (close: () => Promise<unknown>) => async () => {
      await close();
      destination.flushSync();
    },
  };
}
