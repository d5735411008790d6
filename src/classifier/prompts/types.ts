import type { Category, Priority } from '../../domain.ts';
import type { CaseFacts } from '../../safety-intake/types.ts';

/** What every prompt variant's answer comes to; fields a compact answer leaves out are derived locally. */
export interface LlmAnswer {
  category: Category;
  /** The verbalised confidence the model wrote (used when the endpoint returns no logprobs). */
  confidence: number;
  secondary_category: Category | null;
  urgency: Priority;
  language: string;
  safety_signals: string[];
  case_facts: CaseFacts | null;
  summary?: string | undefined;
  reasoning?: string | undefined;
}

/** One versioned prompt: system text, output schema, output bound and the parser of its answer. */
export interface PromptVariant {
  readonly name: string;
  /** Reported as `prompt_version`: bump on any change to the prompt or the schema. */
  readonly version: string;
  readonly system: string;
  readonly responseFormat: {
    type: 'json_schema';
    json_schema: { name: string; strict: true; schema: Record<string, unknown> };
  };
  /** `max_completion_tokens`: a runaway answer stops here, inside the call's deadline. */
  readonly maxCompletionTokens: number;
  /** `redact` masks the answer's free text (redactPii, or a request's memo of it); each variant has its own when none is given. */
  parse(content: string | null | undefined, redact?: (text: string) => string): LlmAnswer;
}
