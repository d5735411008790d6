import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { PINO_REDACT_PATHS, redactLogValue } from './pino-redaction.ts';

/**
 * pino JSON logs; every string value of every line passes PII redaction, and known sensitive paths
 * (auth headers, bodies) are censored outright. Human-readable only on a terminal, and only when
 * pino-pretty (a dev dependency) is installed.
 */
export function createLogger(options: { level: string; destination?: DestinationStream; pretty?: boolean }): Logger {
  const base: LoggerOptions = {
    level: options.level,
    base: { service: 'careroute' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: PINO_REDACT_PATHS, censor: '[REDACTED]' },
    formatters: { log: (object) => redactLogValue(object) as Record<string, unknown> },
    serializers: {
      err: pino.stdSerializers.err,
      req: (req: { method?: string; url?: string; id?: string }) => ({ method: req.method, url: req.url?.split('?')[0], id: req.id }),
    },
  };
  if (options.destination) return pino(base, options.destination);
  const pretty = options.pretty ?? Boolean(process.stdout.isTTY);
  if (pretty && canResolve('pino-pretty')) {
    return pino({ ...base, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' } } });
  }
  return pino(base);
}

function canResolve(name: string): boolean {
  try {
    createRequire(import.meta.url).resolve(name);
    return true;
  } catch {
    return false;
  }
}
