/**
 * Credentials inside URLs (`rediss://:password@host`, `https://user:token@kb`, `?password=...`)
 * never reach stderr or a log line: configuration errors show the URL with them masked, and every
 * logged string passes through here too (pino-redaction.ts), whatever error message quotes a URL.
 */
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^/?#\s@]*@/gi;
const SECRET_PARAMS = /([?&](?:password|pass|pwd|token|secret|auth|key|api_key|apikey|access_token)=)[^&#\s]*/gi;

export function hideUrlCredentials(text: string): string {
  if (!text.includes('://') && !text.includes('=')) return text;
  return text.replace(USERINFO, '$1***@').replace(SECRET_PARAMS, '$1***');
}

/**
 * For a value that failed URL validation and may not parse at all: everything before its last `@`
 * after the scheme is masked, so even `redis//user:pw@host` (no colon) shows no password.
 */
export function showableUrl(value: string): string {
  const at = value.lastIndexOf('@');
  if (at < 0) return hideUrlCredentials(value);
  const scheme = /^[a-z][a-z0-9+.-]*:\/*/i.exec(value)?.[0] ?? '';
  return hideUrlCredentials(`${scheme}***${value.slice(at)}`);
}
