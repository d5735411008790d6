import type { Config } from './config.ts';

/** What a person must change when the port cannot be opened; undefined for failures that need the stack. */
export function listenFailure(error: NodeJS.ErrnoException, config: Pick<Config, 'PORT' | 'HOST'>): string | undefined {
  const where = `port ${config.PORT} on ${config.HOST}`;
  if (error.code === 'EADDRINUSE') return `cannot listen: ${where} is already in use; stop the other process or set PORT to a free port`;
  if (error.code === 'EACCES') return `cannot listen: ${where} needs privileges this process does not have; set PORT to 1024 or above`;
  if (error.code === 'EADDRNOTAVAIL') return `cannot listen: ${config.HOST} is not an address of this machine; set HOST (0.0.0.0 listens on all)`;
  return undefined;
}
