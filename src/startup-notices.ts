import type { Config } from './config.ts';

export interface Notice {
  level: 'info' | 'warn';
  message: string;
}

/**
 * What the start-up log must say plainly about who can call the service: an operator reading the
 * first lines of a task's log sees at once that it is open (no API keys), or protected.
 */
export function accessNotices(config: Config): Notice[] {
  const notices: Notice[] = [];
  if (!config.API_KEYS) {
    notices.push({
      level: 'warn',
      message:
        'THE SERVICE IS OPEN: API_KEYS is not set, so anyone who can reach this port can call POST /api/v1/classify without a key ' +
        '(anonymous callers are told apart by address only). Set API_KEYS, and REQUIRE_API_KEYS=true, before exposing it.',
    });
  } else {
    notices.push({ level: 'info', message: 'API keys are required on POST /api/v1/classify*' });
  }
  if (!config.METRICS_TOKEN) notices.push({ level: 'info', message: '/metrics answers loopback clients only (METRICS_TOKEN is not set)' });
  return notices;
}
