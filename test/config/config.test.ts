import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfigSchema, loadConfig, resolveProvider } from '../../src/config.ts';
import { matchApiKey, parseApiKeys } from '../../src/auth/api-keys.ts';

describe('configuration', () => {
  it('when nothing is set, then the defaults of API.md apply', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 8080,
      HOST: '0.0.0.0',
      LOG_LEVEL: 'info',
      CLASSIFIER_PROVIDER: 'auto',
      OPENAI_MODEL: 'gpt-4o-mini',
      LLM_TIMEOUT_MS: 3000,
      CONFIDENCE_THRESHOLD: 0.7,
      RATE_LIMIT_MAX: 60,
      RATE_LIMIT_WINDOW_MS: 60000,
      MAX_MESSAGE_CHARS: 5000,
      PROMPT_VARIANTS: 'compact:100',
      SHADOW: 'on',
    });
    expect(config.OPENAI_API_KEY).toBeUndefined();
  });

  it.each([
    [{ PORT: 'eighty' }, 'invalid configuration: PORT: must be a number (got "eighty")'],
    [{ CONFIDENCE_THRESHOLD: '1.5' }, 'invalid configuration: CONFIDENCE_THRESHOLD: must be between 0 and 1 (got "1.5")'],
    [{ CLASSIFIER_PROVIDER: 'gemini' }, 'CLASSIFIER_PROVIDER'],
    [{ OPENAI_BASE_URL: 'not a url' }, 'OPENAI_BASE_URL: must be an http(s) URL'],
    [{ REDIS_URL: 'http://cache' }, 'REDIS_URL: must be a redis:// or rediss:// URL'],
    [{ RATE_LIMIT_MAX: '-1' }, 'RATE_LIMIT_MAX: must be at least 0'],
    [{ API_KEYS: 'chat:short' }, 'API_KEYS: entry 1 ("chat") key must be at least 16 characters'],
    [{ API_KEYS: 'a:0123456789abcdefgh,,b:0123456789abcdefgz' }, 'API_KEYS: entry 2 is empty'],
    [{ API_KEYS: 'a:0123456789abcdefgh,a:0123456789abcdefgz' }, 'name "a" is used twice'],
    [{ API_KEYS: 'a:0123456789abcdefgh,b:0123456789abcdefgh' }, 'the same key is configured twice'],
    [{ API_KEYS: 'a:sha256:abc' }, 'sha256 digest must be 64 hex characters'],
    [{ PROMPT_VARIANTS: 'compact:90,terse:10' }, 'invalid configuration: PROMPT_VARIANTS: unknown prompt variant "terse" (known: compact, baseline) (got "compact:90,terse:10")'],
    [{ PROMPT_VARIANTS: 'compact:ninety' }, 'PROMPT_VARIANTS: each entry must be name:weight with a whole-number weight'],
    [{ PROMPT_VARIANTS: 'compact:-5' }, 'PROMPT_VARIANTS: each entry must be name:weight'],
    [{ PROMPT_VARIANTS: 'compact:0,baseline:0' }, 'PROMPT_VARIANTS: at least one weight must be above 0'],
    [{ PROMPT_VARIANTS: 'compact:50,compact:50' }, 'PROMPT_VARIANTS: prompt variant "compact" is listed twice'],
    [{ SHADOW: 'maybe' }, 'invalid configuration: SHADOW: must be on or off (got "maybe")'],
  ])('when the environment is %j, then one clear line names the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('when a secret is invalid, then its value is not printed', () => {
    expect(() => loadConfig({ API_KEYS: 'chat:tooshortsecret' })).toThrow(expect.objectContaining({ message: expect.not.stringContaining('tooshortsecret') }));
  });

  it('when a variable is set to an empty string, then the default applies', () => {
    const config = loadConfig({ PORT: '', OPENAI_API_KEY: '' });
    expect(config.PORT).toBe(8080);
    expect(config.OPENAI_API_KEY).toBeUndefined();
  });

  it('when CLASSIFIER_PROVIDER is auto, then openai is chosen only with a key, and the reason says why', () => {
    expect(resolveProvider(loadConfig({}))).toEqual({ provider: 'local', reason: 'CLASSIFIER_PROVIDER=auto and OPENAI_API_KEY is not set' });
    expect(resolveProvider(loadConfig({ OPENAI_API_KEY: 'sk-test' }))).toMatchObject({ provider: 'openai' });
    expect(resolveProvider(loadConfig({ CLASSIFIER_PROVIDER: 'local', OPENAI_API_KEY: 'sk-test' }))).toMatchObject({ provider: 'local' });
    expect(() => resolveProvider(loadConfig({ CLASSIFIER_PROVIDER: 'openai' }))).toThrow(/OPENAI_API_KEY: must be set/);
  });

  it('when .env.example is read, then it lists every variable of the schema with its default', () => {
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    const listed = new Map(
      example
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    const defaults = ConfigSchema.parse({}) as Record<string, unknown>;
    for (const name of Object.keys(ConfigSchema.shape)) {
      expect(listed.has(name), `${name} missing from .env.example`).toBe(true);
      const fallback = defaults[name];
      if (fallback !== undefined && fallback !== '') expect(listed.get(name), name).toBe(String(fallback));
    }
  });
});

describe('API keys', () => {
  it('when a key is stored as a sha256 digest, then the plain key matches it and another does not', () => {
    const digest = createHash('sha256').update('ivr-secret-key-123456').digest('hex');
    const keys = parseApiKeys(`chat:chat-secret-key-1234, ivr:sha256:${digest}`);
    expect(matchApiKey(keys, 'ivr-secret-key-123456')).toBe('ivr');
    expect(matchApiKey(keys, 'chat-secret-key-1234')).toBe('chat');
    expect(matchApiKey(keys, 'chat-secret-key-1235')).toBeUndefined();
  });
});
