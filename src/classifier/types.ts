import type { Category, Channel, Priority } from '../domain.ts';
import type { CaseFacts } from '../safety-intake/types.ts';
import type { SafetyScan } from './safety-types.ts';

export type ProviderName = 'openai' | 'local';

/** What every classifier is asked. `text` is already normalised (see triage/normalise.ts). */
export interface ClassifierInput {
  text: string;
  channel: Channel;
  locale?: string | undefined;
  /** What picks the prompt variant (message_id, else request id): the same key, the same variant. */
  variant_key?: string | undefined;
  /** The safety guard's scan of this very `text`, when the caller made one: the local model's second stage reads it instead of scanning again. */
  scan?: SafetyScan | undefined;
  /**
   * redactPii for the strings of the answer, remembered for the request (triage's redactor): the intake redacts a
   * fact again as a text derived from the message, and finds the value the provider masked already instead of scanning it twice.
   */
  redact?: ((text: string) => string) | undefined;
}

/** Token usage of one LLM call, for metrics and cost. */
export interface TokenUsage {
  prompt_tokens: number;
  completion_tokens: number;
}

/** One classifier's answer. Both providers fill the same shape so triage never asks who answered. */
export interface Classification {
  category: Category;
  /** Probability-like confidence of `category`, in [0, 1]. */
  confidence: number;
  /** Per-category scores that sum to ~1, when the provider has them (top-two margin). */
  scores?: Partial<Record<Category, number>> | undefined;
  secondary_category?: Category | null | undefined;
  urgency: Priority;
  /** One line, no PII required by the workflow (ticket summary). */
  summary: string;
  /** Short explanation; goes into decision_path. */
  reasoning: string;
  /** ISO 639-1 language code or 'und'. */
  language: string;
  /** What the classifier itself saw as a safety signal (LLM); any one makes the message safety_compliance. */
  safety_signals?: string[] | undefined;
  /** The LLM's safety case facts (same call); absent from the local classifier and for non-safety answers. */
  case_facts?: CaseFacts | undefined;
  provider: ProviderName;
  model: string;
  prompt_version: string;
  /** The prompt variant that classified the message (PROMPT_VARIANTS); absent for the local classifier. */
  prompt_variant?: string | undefined;
  /** Where `confidence` came from: the category tokens' log-probabilities, or the number the model wrote. */
  confidence_source?: 'logprobs' | 'verbalised' | undefined;
  usage?: TokenUsage | undefined;
}

export interface Classifier {
  readonly provider: ProviderName;
  readonly model: string;
  classify(input: ClassifierInput, signal?: AbortSignal): Promise<Classification>;
  /** classify(input).category, where the classifier has a cheaper way to it (the shadow comparison reads nothing else). */
  categorise?(input: ClassifierInput): Promise<Category>;
  /** Releases what the classifier holds for the life of the process (the LLM's connection pool). */
  close?(): Promise<void>;
}

/** Why an LLM call did not give an answer; `bad_request`/`auth` are our mistakes and must not trip the breaker. */
export type LlmErrorKind =
  | 'timeout'
  | 'rate_limited'
  | 'server_error'
  | 'connection'
  | 'refusal'
  | 'truncated'
  | 'invalid_output'
  | 'bad_request'
  | 'auth'
  | 'breaker_open'
  | 'overloaded';

export class LlmError extends Error {
  override name = 'LlmError';
  readonly kind: LlmErrorKind;
  readonly status: number | undefined;
  /** The prompt variant of the failed call, for metrics by variant. */
  promptVariant: string | undefined;
  constructor(kind: LlmErrorKind, message: string, options?: { status?: number; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.status = options?.status;
  }
}

export type BreakerState = 'closed' | 'open' | 'half_open' | 'none';

/** The local classifier's category next to the LLM's, for the same message (SHADOW=on); categories only. */
export interface ShadowComparison {
  primary: ProviderName;
  shadow: ProviderName;
  primary_category: Category;
  shadow_category: Category;
  agree: boolean;
}

/** A shadow comparison not made yet: `settle()` makes it (once) or gives the one made; undefined when the shadow failed. */
export interface DeferredShadow {
  settle(): Promise<ShadowComparison | undefined>;
}

/** The answer of the primary-then-fallback chain (classifier/chain.ts). */
export interface ChainResult {
  classification: Classification;
  /** True when the answer did not come from the configured primary provider. */
  fallback: boolean;
  /** Why the primary did not answer (an LlmErrorKind), when fallback is true. */
  fallback_reason?: string | undefined;
  /** The shadow comparison, when SHADOW is on and the primary answered: made after the response (chain.ts). */
  shadow?: DeferredShadow | undefined;
}

export interface ClassifierChain {
  readonly primary: ProviderName;
  classify(input: ClassifierInput): Promise<ChainResult>;
  breakerState(): BreakerState;
  /** Releases timers (opossum) on app close. */
  shutdown(): void;
}
