/**
 * Whether a shared secret (an API key, METRICS_TOKEN) is strong enough to face the internet: at
 * least 128 bits if it was drawn at random, and it looks drawn at random. The rule, in README
 * "Security":
 *   1. length: 32 characters when the key is only hex digits (4 bits each), else 22 (base64url,
 *      6 bits each), as `openssl rand -hex 16` or `openssl rand -base64 16` print;
 *   2. at least 10 different characters;
 *   3. not a shorter pattern repeated ('0123456789abcdef' twice, 'k3Xq' eight times);
 *   4. at most half of the neighbouring pairs a repeat or a step ('aa', 'ab', 'ba', '12').
 * A random key fails 2 to 4 with a vanishing probability (for 32 hex digits ~1 in 10^5 for rule 4,
 * far less for the others); a typed or patterned one fails at once.
 * @see NIST SP 800-63B §5.1.1.2 (no repetitive or sequential characters) and §5.1.4.2 (112+ bits)
 */
const MIN_HEX_CHARS = 32;
const MIN_OTHER_CHARS = 22;
const MIN_DISTINCT = 10;

function isRepetition(key: string): boolean {
  for (let period = 1; period <= key.length / 2; period++) {
    let repeats = true;
    for (let i = period; i < key.length && repeats; i++) if (key[i] !== key[i - period]) repeats = false;
    if (repeats) return true;
  }
  return false;
}

function mostlyRunsOrSteps(key: string): boolean {
  const points = [...key].map((c) => c.codePointAt(0)!);
  let weak = 0;
  for (let i = 1; i < points.length; i++) if (Math.abs(points[i]! - points[i - 1]!) <= 1) weak++;
  return weak * 2 > points.length - 1;
}

/** Why `key` is too weak, as a sentence fragment for a configuration error; undefined when it is fine. */
export function keyWeakness(key: string): string | undefined {
  const hexOnly = /^[0-9a-fA-F]+$/.test(key);
  const min = hexOnly ? MIN_HEX_CHARS : MIN_OTHER_CHARS;
  if ([...key].length < min) {
    return `must be at least ${min} characters${hexOnly ? ' when only hex digits' : ''} (128 bits; e.g. openssl rand -hex 16)`;
  }
  if (new Set(key).size < MIN_DISTINCT) return `must use at least ${MIN_DISTINCT} different characters`;
  if (isRepetition(key)) return 'must not be a repeated pattern';
  if (mostlyRunsOrSteps(key)) return 'must not be made of runs or sequences (aaaa, abcd, 1234)';
  return undefined;
}
