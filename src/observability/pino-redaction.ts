import { CATEGORIES } from '../domain.ts';
import { redactPii, rememberOwnWording } from './redact.ts';
import { hideUrlCredentials } from './url-credentials.ts';

/**
 * Two layers keep customer text out of logs. `PINO_REDACT_PATHS` (pino's `redact` option) censors
 * whole fields that hold secrets or raw customer input wherever they turn up; `redactLogValue`
 * (a `formatters.log` hook) masks PII inside every other string, so an error message quoting the
 * input is still safe. `err.message` is deliberately not a censored path: it stays readable, masked.
 * The log line's `msg` string is not seen by `formatters.log`: pass customer data as fields, never in `msg`.
 * The fields one level down (`*.body`, `*.text`, ...) are censored by `redactLogValue` itself
 * (CENSORED_BELOW_TOP): as pino paths they ran on every field of every line (~8 µs a line).
 */
export const PINO_REDACT_PATHS: string[] = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'body',
  'req.body',
  'message',
  'text',
  'message_text',
  'original_text',
  'customer_id',
];

/**
 * Censored one level down, under any field (pino's `*.body` ... paths, same effect): the own
 * enumerable field of an object (not of an array) that a top-level field holds, a class instance included.
 */
export const CENSORED_BELOW_TOP: ReadonlySet<string> = new Set(['body', 'text', 'message_text', 'original_text', 'customer_id', 'metadata']);
const CENSOR = '[REDACTED]';

const MAX_DEPTH = 8;
// The request line's category and shadow_category ("service_action" is no one word to the quick check).
rememberOwnWording(CATEGORIES);
/**
 * Fields kept verbatim: the network address of a client refused for a wrong key or over its rate
 * limit is logged on purpose (an operator blocks it; GDPR recital 49: network security), and the
 * IP detector would mask it. It never holds customer text.
 */
const VERBATIM_FIELDS = new Set(['client_address']);

/** A class instance one level down with a censored field: a copy (same prototype) without it, as pino's paths made. */
function censoredInstance(value: object): object {
  // Six look-ups, not a walk of its keys: a Buffer has one per byte.
  const hit = [...CENSORED_BELOW_TOP].some((key) => Object.prototype.propertyIsEnumerable.call(value, key));
  if (!hit) return value;
  const copy = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) copy[key] = CENSORED_BELOW_TOP.has(key) ? CENSOR : item;
  return copy;
}

function walk(value: unknown, depth: number, ancestors: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactPii(hideUrlCredentials(value));
  if (typeof value !== 'object' || value === null) return value;
  if (ancestors.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[Truncated]';
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => walk(item, depth + 1, ancestors));
    if (value instanceof Error) {
      // Rebuilt as pino's err serializer would, since own properties hide message and stack.
      const plain: Record<string, unknown> = { type: value.name, message: value.message, stack: value.stack };
      for (const [key, item] of Object.entries(value)) plain[key] = item;
      return walk(plain, depth, ancestors);
    }
    const proto: unknown = Object.getPrototypeOf(value);
    // Dates, Buffers, Maps and class instances are left to pino's own serialisation.
    if (proto !== Object.prototype && proto !== null) return depth === 1 && !(value instanceof Date) ? censoredInstance(value) : value;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] =
        depth === 1 && CENSORED_BELOW_TOP.has(key) ? CENSOR : VERBATIM_FIELDS.has(key) && typeof item === 'string' ? item : walk(item, depth + 1, ancestors);
    }
    return out;
  } finally {
    ancestors.delete(value);
  }
}

/** A copy of `value` with `redactPii` applied to every string it holds; depth-bounded, cycle-safe. */
export function redactLogValue(value: unknown): unknown {
  return walk(value, 0, new WeakSet());
}
