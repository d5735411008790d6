import { createHash } from 'node:crypto';

/**
 * Idempotency keys are scoped per caller: `<tenant>:<message_id>`. A tenant is the name of the
 * caller's API key (letters, digits, `_ . -`, never `:`), or for an anonymous caller
 * `anonymous@<digest of its address>`: callers without keys do not share one scope (where one could
 * learn which ids exist or claim another's id first), and no address travels to the downstream
 * systems inside the key. `@` is never in a key name, so the two kinds cannot collide.
 */
export function anonymousTenant(address: string): string {
  return `anonymous@${createHash('sha256').update(address).digest('hex').slice(0, 16)}`;
}

export const scopeKey = (tenant: string, key: string): string => `${tenant}:${key}`;

/** The tenant of a scoped key (the memory store bounds each tenant on its own). */
export function tenantOf(scoped: string): string {
  const colon = scoped.indexOf(':');
  return colon < 0 ? '' : scoped.slice(0, colon);
}
