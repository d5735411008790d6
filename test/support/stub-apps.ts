import { afterAll, afterEach, beforeAll } from 'vitest';
import { buildTestApp } from './app.ts';
import { startOpenAiStub, type OpenAiStub } from './openai-stub.ts';

export type TestApp = Awaited<ReturnType<typeof buildTestApp>>;

/**
 * For a test file whose tests each build one app, some of them against the loopback OpenAI stub: starts
 * the stub once for the file (beforeAll) and closes each test's app after the test.
 */
export function useStubAndApps() {
  let stub: OpenAiStub | undefined;
  let current: TestApp | undefined;
  beforeAll(async () => {
    stub = await startOpenAiStub();
  });
  afterAll(() => stub?.close());
  afterEach(async () => {
    await current?.app.close();
    current = undefined;
  });
  return {
    get stub(): OpenAiStub {
      if (stub === undefined) throw new Error('the OpenAI stub is started in beforeAll');
      return stub;
    },
    /** buildTestApp, closed after the test. */
    async app(...args: Parameters<typeof buildTestApp>): Promise<TestApp> {
      current = await buildTestApp(...args);
      return current;
    },
  };
}
