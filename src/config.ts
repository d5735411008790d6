import { z } from 'zod';
import { parseApiKeys } from './auth/api-keys.ts';

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

const optionalUrl = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
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
  MAX_MESSAGE_CHARS: int(5000, 1, 100_000),
  BODY_LIMIT_BYTES: int(65_536, 1024, 10_485_760),
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
    const shown = secret ? '' : ` (got ${JSON.stringify(cleaned[name])})`;
    throw new ConfigError(`invalid configuration: ${name}: ${issue.message}${shown}`);
  }
  if (result.data.API_KEYS) {
    try {
      parseApiKeys(result.data.API_KEYS);
    } catch (error) {
      throw new ConfigError(`invalid configuration: ${(error as Error).message}`);
    }
  }
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
