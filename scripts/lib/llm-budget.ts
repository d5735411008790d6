import { Tiktoken } from 'js-tiktoken/lite';
import o200kBase from 'js-tiktoken/ranks/o200k_base';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { buildLlmRequest } from '../../src/classifier/llm-request.ts';
import type { PromptVariant } from '../../src/classifier/prompts/types.ts';
import type { ClassifierInput } from '../../src/classifier/types.ts';
import { CATEGORIES, CHANNELS, type Category, type Channel } from '../../src/domain.ts';
import { normaliseMessage } from '../../src/triage/normalise.ts';
import { INPUT_USD_PER_MILLION, OUTPUT_USD_PER_MILLION } from './cost.ts';
import type { LabelledMessage } from './dataset.ts';
import type { VariantAnswers } from './llm-answers.ts';

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

/** gpt-4o-mini list prices (scripts/lib/cost.ts) and the slow end of its published speed. */
export const SLOW_END = { firstTokenSeconds: 0.6, outputTokensPerSecond: 60 };

export interface CategoryBudget {
  category: Category;
  /** Input tokens of the request for the median-length message of this category (test split, all channels). */
  inputTypical: number;
  /** The same per channel: the budget holds for every channel. */
  inputByChannel: Record<Channel, number>;
  outputRealistic: number;
  outputWorst: number;
  /** List price of 1,000 such messages (typical input, realistic output), no prompt cache. */
  costPer1000Usd: number;
  /** 0.6 s to the first token + the realistic output at 60 tokens/s. */
  slowEndSeconds: number;
  /** The same for the worst-case answer. */
  slowEndWorstSeconds: number;
}

export interface VariantBudget {
  variant: string;
  version: string;
  maxCompletionTokens: number;
  /** Static part: system prompt and schema (what the prompt cache can reuse). */
  staticTokens: number;
  categories: CategoryBudget[];
}

/** The median-length message of the split for a category and channel, normalised as triage does. */
export function typicalMessage(items: readonly LabelledMessage[], category: Category, channel?: Channel): ClassifierInput {
  const pool = items.filter((m) => m.category === category && (channel === undefined || m.channel === channel));
  if (pool.length === 0) throw new Error(`no ${category} message${channel ? ` on ${channel}` : ''} in the data`);
  const sorted = [...pool].sort((a, b) => a.text.length - b.text.length || a.line - b.line);
  const chosen = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return { text: normaliseMessage(chosen.text, chosen.channel), channel: chosen.channel, locale: 'en-US' };
}

const inputTokens = (variant: PromptVariant, input: ClassifierInput) => countRequestTokens(buildLlmRequest('gpt-4o-mini', variant, input)).total;

/** The budget of one prompt variant, from the exact request bodies and answers it builds. */
export function budgetOf(variant: PromptVariant, items: readonly LabelledMessage[], answers: VariantAnswers): VariantBudget {
  const staticTokens = countRequestTokens(buildLlmRequest('gpt-4o-mini', variant, { text: '', channel: 'chat' })).total;
  const categories = CATEGORIES.map((category): CategoryBudget => {
    const inputTypical = inputTokens(variant, typicalMessage(items, category));
    const inputByChannel = Object.fromEntries(CHANNELS.map((ch) => [ch, inputTokens(variant, typicalMessage(items, category, ch))])) as Record<Channel, number>;
    const outputRealistic = countAnswerTokens(answers.realistic[category]);
    const outputWorst = countAnswerTokens(answers.worst[category]);
    const costPer1000Usd = ((inputTypical * INPUT_USD_PER_MILLION + outputRealistic * OUTPUT_USD_PER_MILLION) / 1e6) * 1000;
    const slowEnd = (tokens: number) => SLOW_END.firstTokenSeconds + tokens / SLOW_END.outputTokensPerSecond;
    return { category, inputTypical, inputByChannel, outputRealistic, outputWorst, costPer1000Usd, slowEndSeconds: slowEnd(outputRealistic), slowEndWorstSeconds: slowEnd(outputWorst) };
  });
  return { variant: variant.name, version: variant.version, maxCompletionTokens: variant.maxCompletionTokens, staticTokens, categories };
}
