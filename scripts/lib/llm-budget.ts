import { Tiktoken } from 'js-tiktoken/lite';
import o200kBase from 'js-tiktoken/ranks/o200k_base';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';

/** gpt-4o-mini's tokenizer; the ranks ship inside js-tiktoken, so counting needs no network. */
let encoder: Tiktoken | undefined;
export function countTokens(text: string): number {
  encoder ??= new Tiktoken(o200kBase);
  return encoder.encode(text).length;
}

/**
 * Chat formatting overhead per message and for the reply's priming, as OpenAI's token-counting
 * cookbook gives them for the gpt-4o family.
 */
const PER_MESSAGE = 3;
const REPLY_PRIMING = 3;

/**
 * Input tokens of one request body: every message with its overhead, plus the response schema as
 * compact JSON (the provider renders it into the prompt in its own form; the JSON is an upper
 * estimate of that).
 */
export function countRequestTokens(request: ChatCompletionCreateParamsNonStreaming): { messages: number; schema: number; total: number } {
  let messages = REPLY_PRIMING;
  for (const m of request.messages) {
    messages += PER_MESSAGE + countTokens(m.role) + countTokens(typeof m.content === 'string' ? m.content : JSON.stringify(m.content));
  }
  const format = request.response_format;
  const schema = format?.type === 'json_schema' ? countTokens(JSON.stringify(format.json_schema)) : 0;
  return { messages, schema, total: messages + schema };
}

/** Output tokens of an answer as the model writes it (compact JSON, no whitespace). */
export function countAnswerTokens(answer: object): number {
  return countTokens(JSON.stringify(answer));
}
