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

/** Where the customer's part goes in the JSON built once: a string no rendered message can be. */
const SLOT = '\u0000customer-message\u0000';
const encodedAround = new Map<string, WeakMap<PromptVariant, { before: string; after: string }>>();

/**
 * JSON.stringify(buildLlmRequest(model, variant, input)), with everything but the user message
 * (the 4.3 KB system prompt, the 1.1 KB schema) serialised once per model and variant: the SDK
 * sends a string body as it is, where it would serialise the object through a replacer that visits
 * every node of the schema on every call (~3% of the LLM path's CPU, scenario c of the bench).
 */
export function encodeLlmRequest(model: string, variant: PromptVariant, input: ClassifierInput): string {
  let byVariant = encodedAround.get(model);
  if (byVariant === undefined) encodedAround.set(model, (byVariant = new WeakMap()));
  let around = byVariant.get(variant);
  if (around === undefined) {
    const template = buildLlmRequest(model, variant, { text: '', channel: 'chat' });
    template.messages[1] = { role: 'user', content: SLOT };
    const json = JSON.stringify(template);
    const at = json.indexOf(JSON.stringify(SLOT));
    around = { before: json.slice(0, at), after: json.slice(at + JSON.stringify(SLOT).length) };
    byVariant.set(variant, around);
  }
  return around.before + JSON.stringify(renderUserMessage(input)) + around.after;
}
