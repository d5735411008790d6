import { baselinePrompt } from './baseline.ts';
import { compactPrompt } from './compact.ts';
import type { PromptVariant } from './types.ts';

/** Every prompt variant PROMPT_VARIANTS may name. */
export const PROMPTS: Readonly<Record<string, PromptVariant>> = {
  compact: compactPrompt,
  baseline: baselinePrompt,
};
