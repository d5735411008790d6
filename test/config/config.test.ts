import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfigSchema, loadConfig, resolveProvider } from '../../src/config.ts';
import { matchApiKey, parseApiKeys } from '../../src/auth/api-keys.ts';

// Two keys that pass the strength rule (src/auth/key-strength.ts): 22 base64url characters each.
const KEY_A = 'Zq7vK2mW9xR4tL8pN3bY6c';
const KEY_B = 'hJ5sD1fG8kQ2wE7rT4yU0i';

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
    [{ API_KEYS: 'chat:short' }, 'API_KEYS: entry 1 ("chat") key must be at least 22 characters'],
    [{ API_KEYS: `a:${KEY_A},,b:${KEY_B}` }, 'API_KEYS: entry 2 is empty'],
    [{ API_KEYS: `a:${KEY_A},a:${KEY_B}` }, 'name "a" is used twice'],
    [{ API_KEYS: `a:${KEY_A},b:${KEY_A}` }, 'the same key is configured twice'],
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
    const keys = parseApiKeys(`chat:${KEY_A}, ivr:sha256:${digest}`);
    expect(matchApiKey(keys, 'ivr-secret-key-123456')).toBe('ivr');
    expect(matchApiKey(keys, KEY_A)).toBe('chat');
    expect(matchApiKey(keys, `${KEY_A.slice(0, -1)}d`)).toBeUndefined();
  });

  it.each([
    ['16 characters (the former minimum)', 'Zq7vK2mW9xR4tL8p', 'must be at least 22 characters'],
    ['31 hex digits', 'a3f9c1e07b52d8e4f6a1c9b3d7e2f05', 'must be at least 32 characters when only hex digits'],
    ['one letter repeated', 'a'.repeat(40), 'must use at least 10 different characters'],
    ['a hex alphabet twice', '0123456789abcdef'.repeat(2), 'must not be a repeated pattern'],
    ['a short random-looking pattern repeated', 'x7Kp2Qz9Wm4R'.repeat(2), 'must not be a repeated pattern'],
    ['the alphabet', 'abcdefghijklmnopqrstuvwxyz', 'must not be made of runs or sequences'],
    ['runs of letters', 'aaabbbcccdddeeefffggghhhiiijjj', 'must not be made of runs or sequences'],
  ])('when an API key is %s, then the start stops on a weak key', (_what, key, rule) => {
    expect(() => loadConfig({ API_KEYS: `chat:${key}` })).toThrow(`API_KEYS: entry 1 ("chat") key ${rule}`);
  });

  it.each([
    ['openssl rand -hex 16', '3f9c1e07b52d8e4f6a1c9b3d7e2f05a8'],
    ['openssl rand -base64 16 (base64url, unpadded)', 'Zq7vK2mW9xR4tL8pN3bY6c'],
    ['a longer passphrase-like key', 'chat-widget-key-0123456789'],
  ])('when an API key is %s, then it is accepted', (_what, key) => {
    expect(parseApiKeys(`chat:${key}`).map((k) => k.name)).toEqual(['chat']);
  });
});

describe('adapter and LLM URLs', () => {
  it.each(['KB_URL', 'TICKETING_URL', 'COMPLIANCE_URL', 'OPENAI_BASE_URL'])('when %s is plain http to another host, then the start stops; https anywhere and http on loopback are accepted', (name) => {
    for (const bad of ['http://compliance.internal/api', 'http://10.0.0.5:8080', 'http://[2001:db8::1]/', 'http://127.example.com/', 'http://localhost.evil.com/']) {
      expect(() => loadConfig({ [name]: bad }), bad).toThrow(`invalid configuration: ${name}: must be https:// (http:// only for localhost, 127.0.0.0/8 or [::1])`);
    }
    for (const good of ['https://compliance.internal/api', 'https://10.0.0.5:8443', 'http://localhost:9000', 'http://127.0.0.1:9000/v1', 'http://127.3.2.1/', 'http://[::1]:9000']) {
      expect(() => loadConfig({ [name]: good }), good).not.toThrow();
    }
  });
});
