import type { ChatCompletion } from 'openai/resources/chat/completions';
import type { Category } from '../domain.ts';
import { rememberOwnWording } from '../observability/redact.ts';
import { summarise } from './local/describe.ts';
import { categoryFromLogprobs, type CategoryProbabilities } from './logprob-confidence.ts';
import { PROMPTS } from './prompts/index.ts';
import type { LlmAnswer, PromptVariant } from './prompts/types.ts';
import { LlmError, type Classification, type ClassifierInput } from './types.ts';

/** An alternative category below this probability is noise, not a second intent. */
const SECONDARY_MIN = 0.1;

function secondaryOf(answer: LlmAnswer, probabilities: CategoryProbabilities | undefined): Category | null {
  if (!probabilities) return answer.secondary_category === answer.category ? null : answer.secondary_category;
  const [best] = Object.entries(probabilities.scores)
    .filter(([c, p]) => c !== answer.category && p >= SECONDARY_MIN)
    .sort((a, b) => b[1] - a[1]);
  return best ? (best[0] as Category) : null;
}

const NO_SIGNALS = 'no safety signals';

function reasoningLine(variantName: string, said: string, fromLogprobs: boolean): string {
  return `prompt ${variantName}, ${said}, ${fromLogprobs ? 'confidence from logprobs' : 'verbalised confidence (no logprobs)'}`;
}

/** decision_path's account of the answer: what the model said, and where the confidence came from. */
function reasoningOf(answer: LlmAnswer, variant: PromptVariant, fromLogprobs: boolean): string {
  const said = answer.reasoning ?? (answer.safety_signals.length > 0 ? `signals [${answer.safety_signals.join(', ')}]` : NO_SIGNALS);
  return reasoningLine(variant.name, said, fromLogprobs);
}

// An answer with no signals (most messages) has a reasoning line of our own wording only, which triage
// redacts for decision_path on every request (~20-28 us a line): redacted once here, then looked up.
rememberOwnWording(Object.keys(PROMPTS).flatMap((name) => [reasoningLine(name, NO_SIGNALS, true), reasoningLine(name, NO_SIGNALS, false)]));

/** Turns one completion into a Classification, or says precisely why it cannot. */
export function toClassification(
  completion: ChatCompletion | undefined,
  context: { model: string; variant: PromptVariant; input: ClassifierInput },
): Classification {
  const { model, variant, input } = context;
  const choice = typeof completion === 'object' && completion !== null ? completion.choices?.[0] : undefined;
  if (!choice?.message) throw new LlmError('invalid_output', 'the LLM API answered without a choice');
  if (choice.message.refusal) throw new LlmError('refusal', 'the model refused to classify the message');
  if (choice.finish_reason === 'length' || choice.finish_reason === 'content_filter') {
    throw new LlmError('truncated', `the model stopped early (finish_reason ${choice.finish_reason})`);
  }
  const answer = variant.parse(choice.message.content, input.redact);
  const read = categoryFromLogprobs(choice.logprobs?.content);
  // Logprobs that spell another category than the parsed answer are not about this answer.
  const probabilities = read?.category === answer.category ? read : undefined;
  const usage = completion?.usage;
  return {
    category: answer.category,
    confidence: probabilities ? probabilities.confidence : answer.confidence,
    ...(probabilities ? { scores: probabilities.scores } : {}),
    secondary_category: secondaryOf(answer, probabilities),
    urgency: answer.urgency,
    // The compact answer has no summary: the first sentence of the message, as the local classifier does.
    summary: answer.summary ?? summarise(input.text),
    reasoning: reasoningOf(answer, variant, probabilities !== undefined),
    language: answer.language,
    safety_signals: answer.safety_signals,
    case_facts: answer.case_facts ?? undefined,
    provider: 'openai',
    model,
    prompt_version: variant.version,
    prompt_variant: variant.name,
    confidence_source: probabilities ? 'logprobs' : 'verbalised',
    usage: usage ? { prompt_tokens: usage.prompt_tokens, completion_tokens: usage.completion_tokens } : undefined,
  };
}
