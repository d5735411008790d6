import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { renderUserMessage } from './prompt.ts';
import type { PromptVariant } from './prompts/types.ts';
import type { ClassifierInput } from './types.ts';

/** Alternatives per output token: the chosen token and the two other categories at the token where they part. */
export const TOP_LOGPROBS = 3;

/**
 * The one chat.completions request for a message: static parts first (system prompt, then the
 * schema the provider places with it), the customer's text last, so the prompt cache can apply.
 * The budget tests and `npm run llm:budget` count exactly this body.
 */
export function buildLlmRequest(model: string, variant: PromptVariant, input: ClassifierInput): ChatCompletionCreateParamsNonStreaming {
  return {
    model,
    temperature: 0,
    max_completion_tokens: variant.maxCompletionTokens,
    response_format: variant.responseFormat,
    logprobs: true,
    top_logprobs: TOP_LOGPROBS,
    messages: [
      { role: 'system', content: variant.system },
      { role: 'user', content: renderUserMessage(input) },
    ],
  };
}

// ES2026 JSON.rawJSON (in Node 24's V8; not in the ES2024 lib): a JSON text JSON.stringify writes as it is.
const rawJSON = (JSON as unknown as { rawJSON(text: string): object }).rawJSON;
const systemJson = new WeakMap<PromptVariant, object>();

/**
 * The request of buildLlmRequest as the SDK sends it: the same JSON on the wire, but the system
 * prompt (~4 KB) is escaped into JSON once per variant instead of by the SDK's JSON.stringify on
 * every call (a 5.9 KB body: ~19 -> ~6 µs a call). Only for sending: the content is a raw JSON value,
 * not a string, for anything that reads the request (token counts use buildLlmRequest).
 */
export function buildWireLlmRequest(model: string, variant: PromptVariant, input: ClassifierInput): ChatCompletionCreateParamsNonStreaming {
  const request = buildLlmRequest(model, variant, input);
  let system = systemJson.get(variant);
  if (system === undefined) {
    system = rawJSON(JSON.stringify(variant.system));
    systemJson.set(variant, system);
  }
  request.messages[0] = { role: 'system', content: system as unknown as string };
  return request;
}
