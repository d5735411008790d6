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
