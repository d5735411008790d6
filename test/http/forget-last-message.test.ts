import { afterEach, describe, expect, it } from 'vitest';
import { forgetLastMessage, scanSafety } from '../../src/classifier/safety-guard.ts';
import { buildTestApp, json } from '../support/app.ts';

type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

describe('no customer text outlives its request', () => {
  it('when the guard has read a message, then forgetting lets go of it and a new scan answers the same', () => {
    const text = 'I started lisinopril last week and my lips are swelling';
    const first = scanSafety(text);
    expect(forgetLastMessage()).toBe(true);
    expect(forgetLastMessage()).toBe(false);
    expect(scanSafety(text)).toEqual(first);
  });

  it('when a classify response has been sent, then the guard holds none of the message', async () => {
    t = await buildTestApp();
    forgetLastMessage();
    const response = await t.app.inject(json({ message: 'I started lisinopril last week and now my lips are swelling', channel: 'chat' }));
    expect(response.statusCode).toBe(200);
    expect(response.json().category).toBe('safety_compliance');
    expect(forgetLastMessage()).toBe(false);
  });
});
