import { describe, expect, it } from 'vitest';
import { matchApiKey, parseApiKeys, sha256 } from '../../src/auth/api-keys.ts';
import { loadConfig } from '../../src/config.ts';

// Gaps found by mutation testing (#18): key names and the length of a sha256 digest. Keys are 32
// random-looking hex characters (128 bits), as a real deployment's would be.
const KEY_A = '7c3e9a51f08b2d64e1a9c57b3f0d8e26';
const KEY_B = 'b41f6d08c92e7a35d1f04b8e6c2a9f73';
const digestOf = (key: string) => sha256(key).toString('hex');

describe('API key names', () => {
  it.each([
    ['chat', 'chat'],
    ['ivr_2.backup-eu', 'ivr_2.backup-eu'],
    ['a'.repeat(64), '64 characters'],
  ])('when the name is %j (%s), then the key is accepted under that name', (name) => {
    const keys = parseApiKeys(`${name}:${KEY_A}`);
    expect(matchApiKey(keys, KEY_A)).toBe(name);
  });

  it.each([
    ['', 'an empty name'],
    ['a'.repeat(65), '65 characters'],
    ['chat bot', 'a space'],
    ['chat@eu', 'an @'],
    ['çhat', 'a letter outside ASCII'],
    ['chat/ivr', 'a slash'],
  ])('when the name is %j (%s), then start-up stops with one line saying the name is invalid', (name) => {
    expect(() => loadConfig({ API_KEYS: `${name}:${KEY_A}` })).toThrow(
      'invalid configuration: API_KEYS: entry 1 has an invalid name (letters, digits, _ . - only)',
    );
  });

  it('when the second entry has the bad name, then the line names entry 2', () => {
    expect(() => loadConfig({ API_KEYS: `chat:${KEY_A},bad name:${KEY_B}` })).toThrow('API_KEYS: entry 2 has an invalid name');
  });

  it('when an entry has no colon, then start-up stops saying it must be name:key', () => {
    expect(() => loadConfig({ API_KEYS: KEY_A })).toThrow('invalid configuration: API_KEYS: entry 1 must be name:key');
  });
});

describe('API keys given as sha256 digests', () => {
  it('when the digest is 64 hex characters (either case), then the plain key matches it', () => {
    const keys = parseApiKeys(`ivr:sha256:${digestOf(KEY_A)},chat:sha256:${digestOf(KEY_B).toUpperCase()}`);
    expect(matchApiKey(keys, KEY_A)).toBe('ivr');
    expect(matchApiKey(keys, KEY_B)).toBe('chat');
    expect(matchApiKey(keys, `${KEY_A}0`)).toBeUndefined();
  });

  it.each([
    ['65 hex characters', `${digestOf(KEY_A)}0`],
    ['63 hex characters', digestOf(KEY_A).slice(1)],
    ['a 64-character digest with a non-hex letter', `${digestOf(KEY_A).slice(1)}g`],
    ['a 64-character digest after a space', ` ${digestOf(KEY_A).slice(1)}`],
  ])('when the digest has %s, then start-up stops saying a digest must be 64 hex characters', (_what, digest) => {
    expect(() => loadConfig({ API_KEYS: `ivr:sha256:${digest}` })).toThrow(
      'invalid configuration: API_KEYS: entry 1 ("ivr") sha256 digest must be 64 hex characters',
    );
  });

  it('when a plain key and a digest of the same key are both configured, then start-up stops: the same key twice', () => {
    expect(() => loadConfig({ API_KEYS: `chat:${KEY_A},ivr:sha256:${digestOf(KEY_A)}` })).toThrow(
      'API_KEYS: entry 2 ("ivr"): the same key is configured twice',
    );
  });
});
