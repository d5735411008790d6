import { z } from 'zod';
import { parseApiKeys } from './auth/api-keys.ts';
import { keyWeakness } from './auth/key-strength.ts';
import { showableUrl } from './observability/url-credentials.ts';
import { DEFAULT_PROMPT_VARIANTS, parsePromptVariants } from './classifier/prompt-variants.ts';

/**
 * The whole environment contract of careroute (names fixed by API.md; the rest documented in
 * README and .env.example). Bad configuration stops the process with one line naming the variable.
 */
const boolean = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

const int = (fallback: number, min: number, max: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(min, { message: `must be at least ${min}` })
    .max(max, { message: `must be at most ${max}` })
    .default(fallback);

/**
 * The adapters and the LLM endpoint receive customer text (the compliance system unredacted), so
 * it travels over TLS; plain http is for a stand-in on this machine only.
 */
function httpsOrLoopback(value: string): boolean {
  if (!URL.canParse(value)) return true; // the URL check above reports it
  const url = new URL(value);
  if (url.protocol === 'https:') return true;
  const host = url.hostname;
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

const optionalUrl = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
  .refine(httpsOrLoopback, { message: 'must be https:// (http:// only for localhost, 127.0.0.0/8 or [::1])' })
  .optional();

const optionalString = z.string().trim().min(1).optional();

export const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: int(8080, 0, 65535),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CLASSIFIER_PROVIDER: z.enum(['auto', 'openai', 'local']).default('auto'),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: z.string().trim().min(1).default('gpt-4o-mini'),
  LLM_TIMEOUT_MS: int(3000, 100, 120_000),
  LLM_MAX_RETRIES: int(2, 0, 5),
  LLM_MAX_CONCURRENCY: int(64, 1, 10_000),
  CONFIDENCE_THRESHOLD: z.coerce
    .number({ message: 'must be a number' })
    .min(0, { message: 'must be between 0 and 1' })
    .max(1, { message: 'must be between 0 and 1' })
    .default(0.7),
  REVIEW_MARGIN: z.coerce.number().min(0).max(1).default(0.15),
  BREAKER_VOLUME_THRESHOLD: int(5, 1, 10_000),
  BREAKER_ERROR_THRESHOLD_PERCENT: int(50, 1, 100),
  BREAKER_RESET_TIMEOUT_MS: int(30_000, 100, 3_600_000),
  BREAKER_ROLLING_WINDOW_MS: int(10_000, 1000, 3_600_000),
  RATE_LIMIT_MAX: int(60, 0, 1_000_000),
  RATE_LIMIT_WINDOW_MS: int(60_000, 1000, 86_400_000),
  TRUST_PROXY: z.string().default('false'),
  REDIS_URL: z.url({ protocol: /^rediss?$/, message: 'must be a redis:// or rediss:// URL' }).optional(),
  API_KEYS: optionalString,
  /** true refuses to start without API_KEYS (production: set by the Terraform task definition). */
  REQUIRE_API_KEYS: boolean(false),
  /** Bearer token Prometheus presents for GET /metrics; unset: /metrics answers loopback clients only. */
  METRICS_TOKEN: optionalString,
  MAX_MESSAGE_CHARS: int(5000, 1, 100_000),
  BODY_LIMIT_BYTES: int(65_536, 1024, 10_485_760),
  /** Headers and body must arrive within this, or 408 and the connection is closed. */
  /** `off` removes /docs, /docs/json and /openapi.json (production: the Terraform task definition). */
  DOCS: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
  REQUEST_TIMEOUT_MS: int(30_000, 100, 600_000),
  IDEMPOTENCY_TTL_MS: int(86_400_000, 1000, 604_800_000),
  KB_URL: optionalUrl,
  TICKETING_URL: optionalUrl,
  COMPLIANCE_URL: optionalUrl,
  ADAPTER_TIMEOUT_MS: int(2000, 50, 60_000),
  CORS_ORIGINS: z.string().default(''),
  /** After SIGTERM, keep accepting (with readiness 503) this long so the load balancer can notice. */
  SHUTDOWN_DELAY_MS: int(1000, 0, 60_000),
  SHUTDOWN_TIMEOUT_MS: int(10_000, 0, 600_000),
  /** Load shedding (@fastify/under-pressure): classify answers 503 above these; 0 turns a check off. */
  SHED_MAX_EVENT_LOOP_DELAY_MS: int(500, 0, 60_000),
  /** Percent of V8's heap limit (so it follows --max-old-space-size); fractions allowed. */
  SHED_MAX_HEAP_USED_PERCENT: z.coerce
    .number({ message: 'must be a number' })
    .min(0, { message: 'must be between 0 and 100' })
    .max(100, { message: 'must be between 0 and 100' })
    .default(90),
  NON_SERIOUS_REPORT_DAYS: int(90, 1, 365),
  REDACT_BEFORE_LLM: boolean(false),
  /** `name:weight` pairs; a stable hash of message_id (else request id) picks each message's prompt variant. */
  PROMPT_VARIANTS: z
    .string()
    .default(DEFAULT_PROMPT_VARIANTS)
    .superRefine((spec, ctx) => {
      try {
        parsePromptVariants(spec);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
      }
    }),
  /** With an LLM primary, the local classifier also classifies every message, for comparison only. */
  SHADOW: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
  /** Channel routes (API.md): raw mail and IVR audio size limits, the transcription model, the console. */
  MAX_MAIL_BYTES: int(1_048_576, 1024, 26_214_400),
  MAX_AUDIO_BYTES: int(10_485_760, 1024, 26_214_400),
  OPENAI_TRANSCRIBE_MODEL: z.string().trim().min(1).default('gpt-4o-mini-transcribe'),
  TRANSCRIBE_TIMEOUT_MS: int(20_000, 100, 300_000),
  CONSOLE: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws ConfigError with one line: `VARIABLE: rule (got "value")`. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  // Blank but not empty: a value was meant (a secret that lost its content, a template gap). For the
  // keys that guard the service that must not quietly mean "open to everyone".
  for (const name of ['API_KEYS', 'METRICS_TOKEN']) {
    const raw = env[name];
    if (raw !== undefined && raw !== '' && raw.trim() === '') {
      throw new ConfigError(`invalid configuration: ${name}: is blank (only whitespace); leave it unset or empty to go without, or give a value`);
    }
  }
  // An empty variable means "unset" (docker/compose often pass FOO= for optional values).
  const cleaned = Object.fromEntries(
    Object.keys(ConfigSchema.shape)
      .map((key) => [key, env[key]] as const)
      .filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const result = ConfigSchema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    const secret = /KEY|KEYS|TOKEN|PASSWORD/.test(name);
    const value = String(cleaned[name] ?? '');
    const shown = secret ? '' : ` (got ${JSON.stringify(name.endsWith('_URL') ? showableUrl(value) : value)})`;
    throw new ConfigError(`invalid configuration: ${name}: ${issue.message}${shown}`);
  }
  if (/^(true|yes)$/i.test(result.data.TRUST_PROXY)) {
    // Fastify's `true` takes the left-most X-Forwarded-For entry, which the client writes itself:
    // per-address rate limits and anonymous idempotency scopes could then be dodged at will.
    throw new ConfigError(
      'invalid configuration: TRUST_PROXY: true would trust the left-most X-Forwarded-For, which any client can forge; give the number of proxies in front (1 behind one AWS ALB) or their addresses/CIDRs',
    );
  }
  if (result.data.REQUIRE_API_KEYS && !result.data.API_KEYS) {
    throw new ConfigError('invalid configuration: REQUIRE_API_KEYS: is true but API_KEYS is not set; the service refuses to start open');
  }
  if (result.data.API_KEYS) {
    try {
      parseApiKeys(result.data.API_KEYS);
    } catch (error) {
      throw new ConfigError(`invalid configuration: ${(error as Error).message}`);
    }
  }
  const tokenWeakness = result.data.METRICS_TOKEN === undefined ? undefined : keyWeakness(result.data.METRICS_TOKEN);
  if (tokenWeakness) throw new ConfigError(`invalid configuration: METRICS_TOKEN: ${tokenWeakness}`);
  return result.data;
}

/** Resolves CLASSIFIER_PROVIDER=auto, and says why, for the start-up log. */
export function resolveProvider(config: Config): { provider: 'openai' | 'local'; reason: string } {
  if (config.CLASSIFIER_PROVIDER === 'openai') {
    if (!config.OPENAI_API_KEY) {
      throw new ConfigError('invalid configuration: OPENAI_API_KEY: must be set when CLASSIFIER_PROVIDER=openai');
    }
    return { provider: 'openai', reason: 'CLASSIFIER_PROVIDER=openai' };
  }
  if (config.CLASSIFIER_PROVIDER === 'local') return { provider: 'local', reason: 'CLASSIFIER_PROVIDER=local' };
  return config.OPENAI_API_KEY
    ? { provider: 'openai', reason: 'CLASSIFIER_PROVIDER=auto and OPENAI_API_KEY is set' }
    : { provider: 'local', reason: 'CLASSIFIER_PROVIDER=auto and OPENAI_API_KEY is not set' };
}
