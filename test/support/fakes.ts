import type { Category } from '../../src/domain.ts';
import type { Classification, Classifier, ClassifierInput } from '../../src/classifier/types.ts';

/** A deterministic classifier for HTTP tests: keywords decide, so each test controls the category. */
export function createKeywordClassifier(options: { provider?: 'local' | 'openai'; confidence?: number } = {}): Classifier & { calls: ClassifierInput[] } {
  const calls: ClassifierInput[] = [];
  const provider = options.provider ?? 'local';
  return {
    provider,
    model: provider === 'local' ? 'fake-local' : 'fake-llm',
    calls,
    async classify(input) {
      calls.push(input);
      const t = input.text.toLowerCase();
      const category: Category = /rash|swell|overdose|hurt myself|breach/.test(t)
        ? 'safety_compliance'
        : /refill|cancel|transfer|charged|ticket/.test(t)
          ? 'service_action'
          : 'informational';
      const confidence = options.confidence ?? 0.9;
      const rest = (1 - confidence) / 2;
      const scores = { informational: rest, service_action: rest, safety_compliance: rest, [category]: confidence };
      return {
        category,
        confidence,
        scores,
        secondary_category: null,
        urgency: category === 'safety_compliance' ? 'high' : category === 'service_action' ? 'medium' : 'low',
        summary: input.text.slice(0, 80),
        reasoning: `keywords -> ${category}`,
        language: 'en',
        provider,
        model: provider === 'local' ? 'fake-local' : 'fake-llm',
        prompt_version: 'fake-1',
      } satisfies Classification;
    },
  };
}

export function createFailingClassifier(error: Error): Classifier {
  return { provider: 'local', model: 'broken', classify: async () => Promise.reject(error) };
}
