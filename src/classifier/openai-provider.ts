import OpenAI from 'openai';
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { fullJitterBackoff, startDeadline, type Deadline } from './deadline.ts';
import { toClassification } from './llm-answer.ts';
import { callSignalOptions } from './llm-call-signal.ts';
import { acquireSharedLlmFetch } from './llm-fetch.ts';
import { encodeLlmRequest } from './llm-request.ts';
import { isRetryable, retryAfterMs, serverForbidsRetry, toLlmError } from './openai-errors.ts';
import { DEFAULT_PROMPT_VARIANTS, parsePromptVariants, pickVariant, type WeightedVariant } from './prompt-variants.ts';
import type { PromptVariant } from './prompts/types.ts';
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
  /** PROMPT_VARIANTS, parsed (default compact:100). */
  variants?: readonly WeightedVariant[] | undefined;
}

const JSON_BODY = { 'content-type': 'application/json' };
const BACKOFF_BASE_MS = 200;
const BACKOFF_CAP_MS = 2000;
// A retry with less time than this left would only turn a clear error into a timeout.
const MIN_ATTEMPT_MS = 50;

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
  // The process-wide pool unless a fetch was given; released by close() at app shutdown.
  const owned = options.fetch ? undefined : acquireSharedLlmFetch();
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    fetch: options.fetch ?? owned!.fetch,
    timeout: timeoutMs,
    maxRetries: 0,
    // The SDK's debug logs would carry request bodies, i.e. patient text.
    logLevel: 'off',
  });

  const budget = options.retryBudget ?? createRetryBudget();
  const variants = options.variants ?? parsePromptVariants(DEFAULT_PROMPT_VARIANTS);

  async function attemptAll(input: ClassifierInput, variant: PromptVariant, deadline: Deadline): Promise<Classification> {
    // The body as JSON (llm-request.ts): the SDK sends a string with its content type as it is.
    const request = encodeLlmRequest(model, variant, input) as unknown as ChatCompletionCreateParamsNonStreaming;
    budget.earn();
    for (let attempt = 0; ; attempt++) {
      try {
        const completion: ChatCompletion = await client.chat.completions.create(request, {
          // Our own fetch takes the deadline beside the SDK (llm-call-signal.ts); a fetch given by the caller, through it.
          ...(owned ? callSignalOptions(deadline.signal) : { signal: deadline.signal }),
          // The SDK insists on whole milliseconds.
          timeout: Math.max(1, Math.ceil(deadline.remaining())),
          headers: JSON_BODY,
        });
        return toClassification(completion, { model, variant, input });
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
    close: async () => owned?.close(),
    async classify(input, signal) {
      const deadline = startDeadline(timeoutMs, signal);
      const variant = pickVariant(variants, input.variant_key);
      try {
        const classification = await attemptAll(input, variant, deadline);
        logger?.debug({ provider: 'openai', prompt_variant: variant.name, usage: classification.usage }, 'llm call succeeded');
        return classification;
      } catch (error) {
        if (error instanceof LlmError) error.promptVariant = variant.name;
        throw error;
      } finally {
        deadline.clear();
      }
    },
  };
}
