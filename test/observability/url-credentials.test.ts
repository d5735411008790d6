import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { hideUrlCredentials, showableUrl } from '../../src/observability/url-credentials.ts';
import { createLogCapture } from '../support/app.ts';

const SECRET = 's3cret-Pa55';

describe('credentials in URL-valued variables', () => {
  it.each([
    ['REDIS_URL', `http://:${SECRET}@cache.internal:6379`],
    ['REDIS_URL', `redis://user:${SECRET}@cache.internal:notaport`],
    ['REDIS_URL', `redis//user:${SECRET}@cache.internal`],
    ['REDIS_URL', `redis://user:${SECRET}@cache:99999`],
    ['KB_URL', `ftp://kb:${SECRET}@kb.example.com`],
    ['TICKETING_URL', `https://t:${SECRET}@tickets example`],
    ['COMPLIANCE_URL', `gopher://c:${SECRET}@cases.example.com`],
    ['OPENAI_BASE_URL', `not a url ${SECRET}@proxy`],
  ])('when %s is invalid and carries a password, then the one-line error names the variable but not the password', (name, value) => {
    let message = '';
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(new RegExp(`^invalid configuration: ${name}: `));
    expect(message).not.toContain(SECRET);
    expect(message).not.toContain('Pa55');
  });

  it('when a URL shows credentials in userinfo or in its query, then they are masked and the rest stays readable', () => {
    expect(hideUrlCredentials(`connect to rediss://:${SECRET}@cache:6379 failed`)).toBe('connect to rediss://***@cache:6379 failed');
    expect(hideUrlCredentials(`https://kb.example.com/search?q=x&token=${SECRET}&limit=3`)).toBe('https://kb.example.com/search?q=x&token=***&limit=3');
    expect(hideUrlCredentials('https://kb.example.com/search?q=hours')).toBe('https://kb.example.com/search?q=hours');
    expect(showableUrl(`redis//user:${SECRET}@cache`)).toBe('***@cache');
  });

  it('when a log line quotes a URL with a password (an error message, a field), then the line shows it masked', () => {
    const capture = createLogCapture();
    capture.logger.warn({ err: new Error(`could not reach rediss://default:${SECRET}@cache:6379`), target: `https://u:${SECRET}@kb.example.com` }, 'unreachable');
    const line = capture.lines.join('\n');
    expect(line).not.toContain(SECRET);
    expect(line).toContain('rediss://***@cache:6379');
  });
});
