import { CATEGORIES, type Category } from '../../domain.ts';
import type { Classification, Classifier, ClassifierInput } from '../types.ts';
import { summarise, urgencyFor } from './describe.ts';
import { predict, predictBest, type Prediction } from './inference.ts';
import { detectLanguage } from './language.ts';
import { compileModel, type LocalModel } from './model.ts';
import { loadLocalModel } from './model-file.ts';

export interface LocalClassifierOptions {
  /** Artifact to load; default data/model/local-model.json of this checkout. */
  modelPath?: string;
  /** An artifact already in memory (tests, or a caller that validated it); wins over modelPath. */
  model?: LocalModel;
}

export interface LocalClassifier extends Classifier {
  readonly version: string;
  /** The raw prediction behind an answer: probabilities, logits and evidence phrases. */
  explain(text: string): Prediction;
  categorise(input: ClassifierInput): Promise<Category>;
}

/** A runner-up below this score is noise, not a second intent worth reporting. */
const SECONDARY_MIN = 0.2;

/**
 * The embedded classifier: a calibrated softmax regression over word and character n-grams, loaded
 * once, answering synchronously in well under a millisecond with no network. Throws LocalModelError
 * at creation when the artifact is missing or corrupt, so a bad deploy fails at start, not per request.
 */
export function createLocalClassifier(options: LocalClassifierOptions = {}): LocalClassifier {
  const model = compileModel(options.model ?? loadLocalModel(options.modelPath));
  const name = `careroute-local-${model.version}`;

  function classifyText(input: ClassifierInput): Classification {
    const p = predict(model, input.text);
    const category = CATEGORIES[p.best]!;
    const order = [...CATEGORIES.keys()].sort((a, b) => p.probabilities[b]! - p.probabilities[a]!);
    const runnerUp = order[1]!;
    const scores = Object.fromEntries(CATEGORIES.map((c, k) => [c, round(p.probabilities[k]!)])) as Record<Category, number>;
    const confidence = round(p.probabilities[p.best]!);
    const because = p.evidence.length > 0 ? p.evidence.map((e) => JSON.stringify(e)).join(', ') : 'no decisive words';
    return {
      category,
      confidence,
      scores,
      secondary_category: p.probabilities[runnerUp]! >= SECONDARY_MIN ? CATEGORIES[runnerUp]! : null,
      urgency: urgencyFor(category, input.text),
      summary: summarise(input.text),
      // decide.ts adds the provider, the category and the confidence around this.
      reasoning: `evidence ${because}`,
      language: detectLanguage(input.text),
      provider: 'local',
      model: name,
      prompt_version: model.version,
    };
  }

  return {
    provider: 'local',
    model: name,
    version: model.version,
    explain: (text) => predict(model, text),
    async classify(input, signal) {
      signal?.throwIfAborted();
      return classifyText(input);
    },
    // The same category as classify(), without the evidence, summary, urgency and language.
    categorise: async (input) => CATEGORIES[predictBest(model, input.text)]!,
  };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
