import { createHash, timingSafeEqual } from 'node:crypto';
import { keyWeakness } from './key-strength.ts';

export interface ApiKey {
  name: string;
  /** sha256 of the key: the plain key is never kept in memory longer than parsing takes. */
  digest: Buffer;
}

const NAME = /^[A-Za-z0-9_.-]{1,64}$/;
const DIGEST = /^sha256:([0-9a-fA-F]{64})$/;

export const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Parses API_KEYS (`name:key,name2:sha256:<hex>`). Throws an Error whose message is the one line
 * the process prints before it stops: empty, weak (key-strength.ts) or duplicated keys are configuration
 * mistakes. A key given as a sha256 digest cannot be judged: its owner vouches for it.
 */
export function parseApiKeys(raw: string): ApiKey[] {
  const keys: ApiKey[] = [];
  raw.split(',').forEach((entry, index) => {
    const where = `API_KEYS: entry ${index + 1}`;
    const trimmed = entry.trim();
    if (trimmed === '') throw new Error(`${where} is empty`);
    const colon = trimmed.indexOf(':');
    if (colon < 0) throw new Error(`${where} must be name:key`);
    const name = trimmed.slice(0, colon);
    const secret = trimmed.slice(colon + 1);
    if (!NAME.test(name)) throw new Error(`${where} has an invalid name (letters, digits, _ . - only)`);
    let digest: Buffer;
    const hashed = DIGEST.exec(secret);
    if (hashed) digest = Buffer.from(hashed[1]!, 'hex');
    else if (secret.startsWith('sha256:')) throw new Error(`${where} ("${name}") sha256 digest must be 64 hex characters`);
    else {
      const weakness = keyWeakness(secret);
      if (weakness) throw new Error(`${where} ("${name}") key ${weakness}`);
      digest = sha256(secret);
    }
    if (keys.some((k) => k.name === name)) throw new Error(`${where}: name "${name}" is used twice`);
    if (keys.some((k) => k.digest.equals(digest))) throw new Error(`${where} ("${name}"): the same key is configured twice`);
    keys.push({ name, digest });
  });
  return keys;
}

/** The name of the key that matches, compared in constant time over every configured key. */
export function matchApiKey(keys: ApiKey[], presented: string): string | undefined {
  const digest = sha256(presented);
  let match: string | undefined;
  for (const key of keys) if (timingSafeEqual(key.digest, digest) && match === undefined) match = key.name;
  return match;
}
