import type { ChainResult, Classification } from '../../src/classifier/types.ts';

/**
 * A classifier chain result for decide(): the LLM read a refill request (service_action, medium urgency)
 * at confidence 0.9. `overrides` change the classification, `extra` the chain result (fallback and its reason).
 */
export function chainResult(overrides: Partial<Classification> = {}, extra: Partial<ChainResult> = {}): ChainResult {
  return {
    classification: {
      category: 'service_action',
      confidence: 0.9,
      scores: { informational: 0.05, service_action: 0.9, safety_compliance: 0.05 },
      urgency: 'medium',
      summary: 's',
      reasoning: 'asks for a refill',
      language: 'en',
      provider: 'openai',
      model: 'gpt-4o-mini',
      prompt_version: 'p1',
      ...overrides,
    },
    fallback: false,
    ...extra,
  };
}
