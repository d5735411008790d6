import { createHash } from 'node:crypto';

/** Visible ASCII with single inner spaces allowed: what every HTTP stack carries unchanged. */
const HEADER_SAFE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;
const MAX_PLAIN = 200;

/**
 * The `Idempotency-Key` header value for a scoped key (`<client>:<message_id>`).
 *
 * A message_id may be any string (API.md): "ivr-✓-7", "mail-日本-1", or one with CR/LF. HTTP header
 * values cannot carry characters outside Latin-1 or line breaks (undici refuses them, RFC 9110 §5.5),
 * and a refused header would lose a safety case on every retry. So a key that is not plain visible
 * ASCII travels as `~sha256:<hex>` of its UTF-16 code units (lone surrogates included, so two different
 * ids never share a digest); the body's `idempotency_key` and `message_id` keep the original.
 * `~` can never start a scoped key (client names are letters, digits, `_ . -`), so a digest never
 * equals a plain key.
 */
export function idempotencyHeaderValue(scopedKey: string): string {
  if (scopedKey.length <= MAX_PLAIN && HEADER_SAFE.test(scopedKey)) return scopedKey;
  return `~sha256:${createHash('sha256').update(Buffer.from(scopedKey, 'utf16le')).digest('hex')}`;
}

/** Headers for a downstream call that must be idempotent: none when there is no key. */
export function idempotencyHeaders(scopedKey: string | undefined): Record<string, string> {
  return scopedKey ? { 'idempotency-key': idempotencyHeaderValue(scopedKey) } : {};
}
