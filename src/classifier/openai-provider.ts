import OpenAI from 'openai';
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { fullJitterBackoff, startDeadline, type Deadline } from './deadline.ts';
import { createLlmFetch } from './llm-fetch.ts';
import { parseLlmOutput, RESPONSE_FORMAT } from './llm-output.ts';
import { isRetryable, retryAfterMs, serverForbidsRetry, toLlmError } from './openai-errors.ts';
import { PROMPT_VERSION, renderUserMessage, SYSTEM_PROMPT } from './prompt.ts';
import { createRetryBudget, type RetryBudget } from './retry-budget.ts';
import { LlmError, type Classification, type Classifier, type ClassifierInput } from './types.ts';

/** The part of a pino logger the provider uses; it never logs message text. */
export interface ProviderLogger {
  warn(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

export interface OpenAiClassifierOptions {
  apiKey: string;
  /** Any OpenAI-compatible endpoint, including `/v1`; SDK default when unset. */
  baseURL?: string | undefined;
  model: string;
  /** Budget of one classify call, all retries and backoff included. */
  timeoutMs: number;
  /** Extra attempts after the first, for 429 / 5xx / connection errors only. */
  maxRetries: number;
  logger?: ProviderLogger | undefined;
  /** Default: undici's `request` under a fetch signature (llm-fetch.ts), much cheaper than the built-in fetch. */
  fetch?: typeof fetch | undefined;
  /** Shared limit on retries (default: 20% of calls, bursts of 10). */
  retryBudget?: RetryBudget | undefined;
}

// The answer is a small JSON object (~150 tokens, ~350 with case facts); the bound stops a runaway generation early.
const MAX_COMPLETION_TOKENS = 700;
const BACKOFF_BASE_MS = 200;
const BACKOFF_CAP_MS = 2000;
// A retry with less time than this left would only turn a clear error into a timeout.
const MIN_ATTEMPT_MS = 50;

function buildRequest(model: string, input: ClassifierInput): ChatCompletionCreateParamsNonStreaming {
  return {
    model,
    temperature: 0,
    max_completion_tokens: MAX_COMPLETION_TOKENS,
    response_format: RESPONSE_FORMAT,
    messages: [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: renderUserMessage(input) },
    ],
  };
}

/** Turns one completion into a Classification, or says precisely why it cannot. */
function toClassification(completion: ChatCompletion | undefined, model: string): Classification {
  const choice = typeof completion === 'object' && completion !== null ? completion.choices?.[0] : undefined;
  if (!choice?.message) throw new LlmError('invalid_output', 'the LLM API answered without a choice');
  if (choice.message.refusal) throw new LlmError('refusal', 'the model refused to classify the message');
  if (choice.finish_reason === 'length' || choice.finish_reason === 'content_filter') {
    throw new LlmError('truncated', `the model stopped early (finish_reason ${choice.finish_reason})`);
  }
  const out = parseLlmOutput(choice.message.content);
  const usage = completion?.usage;
  return {
    category: out.category,
    confidence: out.confidence,
    secondary_category: out.secondary_category === out.category ? null : out.secondary_category,
    urgency: out.urgency,
    summary: out.summary,
    reasoning: out.reasoning,
    language: out.language,
    safety_signals: out.safety_signals,
    case_facts: out.case_facts ?? undefined,
    provider: 'openai',
    model,
    prompt_version: PROMPT_VERSION,
    usage: usage ? { prompt_tokens: usage.prompt_tokens, completion_tokens: usage.completion_tokens } : undefined,
  };
}

/** How long to wait before the next attempt, or undefined to give up now. */
function retryDelay(error: LlmError, attempt: number, maxRetries: number, deadline: Deadline): number | undefined {
  if (!isRetryable(error) || attempt >= maxRetries || serverForbidsRetry(error)) return undefined;
  const delay = retryAfterMs(error) ?? fullJitterBackoff(attempt, BACKOFF_BASE_MS, BACKOFF_CAP_MS);
  return delay + MIN_ATTEMPT_MS > deadline.remaining() ? undefined : delay;
}

/**
 * The OpenAI (or compatible) classifier: one structured chat.completions call per message. The
 * SDK's own retries are off so that retries, backoff and the deadline are decided in one place.
 */
export function createOpenAiClassifier(options: OpenAiClassifierOptions): Classifier {
  const { model, timeoutMs, maxRetries, logger } = options;
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    fetch: options.fetch ?? createLlmFetch().fetch,
    timeout: timeoutMs,
    maxRetries: 0,
    // The SDK's debug logs would carry request bodies, i.e. patient text.
    logLevel: 'off',
  });

  const budget = options.retryBudget ?? createRetryBudget();

  async function attemptAll(input: ClassifierInput, deadline: Deadline): Promise<Classification> {
    const request = buildRequest(model, input);
    budget.earn();
    for (let attempt = 0; ; attempt++) {
      try {
        const completion = await client.chat.completions.create(request, {
          signal: deadline.signal,
          // The SDK insists on whole milliseconds.
          timeout: Math.max(1, Math.ceil(deadline.remaining())),
        });
        return toClassification(completion, model);
      } catch (caught) {
        const error = toLlmError(caught, deadline.signal.aborted);
        if (!error) throw caught;
        const delay = retryDelay(error, attempt, maxRetries, deadline);
        // Out of budget: many calls are failing at once, and a retry would only add load.
        if (delay === undefined || !budget.trySpend()) throw error;
        logger?.warn({ provider: 'openai', kind: error.kind, status: error.status, attempt, delayMs: Math.round(delay) }, 'llm call failed, retrying');
        await deadline.wait(delay).catch((aborted: unknown) => {
          throw toLlmError(aborted, true) ?? aborted;
        });
      }
    }
  }

  return {
    provider: 'openai',
    model,
    async classify(input, signal) {
      const deadline = startDeadline(timeoutMs, signal);
      try {
        const classification = await attemptAll(input, deadline);
        logger?.debug({ provider: 'openai', usage: classification.usage }, 'llm call succeeded');
        return classification;
      } finally {
        deadline.clear();
      }
    },
  };
}
