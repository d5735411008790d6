import { startOpenAiStub } from '../../test/support/openai-stub.ts';
import { serveChildProtocol } from './child-protocol.ts';

/**
 * Scenario (c)'s LLM: the test suite's OpenAI-compatible stub, answering every chat completion
 * after LLM_STUB_DELAY_MS (default 250) with a keyword-based classification.
 */
const delayMs = Number(process.env.LLM_STUB_DELAY_MS ?? 250);
const stub = await startOpenAiStub();
stub.setBehavior(() => {
  // The stub records every request for tests; a bench would only grow this process with them.
  stub.requests.length = 0;
  return { kind: 'answer', delayMs };
});
serveChildProtocol(stub.url, () => stub.close());
