import { createHash } from 'node:crypto';
import type { FeatureConfig } from '../../src/classifier/local/features.ts';
import type { LocalModel } from '../../src/classifier/local/model.ts';
import { CATEGORIES } from '../../src/domain.ts';
import type { FittedModel, TrainParams } from './cross-validate.ts';

/** Bump when the artifact's meaning changes (features, inference); the hash part tracks the weights. */
export const MODEL_SERIES = 2;

/** 5 significant digits: far below the model's noise, and it keeps the JSON small and diff-stable. */
export const roundSignificant = (value: number, digits = 5): number => (value === 0 ? 0 : Number(value.toPrecision(digits)));

export interface ArtifactInput {
  fitted: FittedModel;
  features: FeatureConfig;
  params: TrainParams;
  temperature: number;
  safetyBias: number;
  /** The naive Bayes half, when the model has one (src/classifier/local/naive-bayes.ts). */
  naiveBayes?: { alpha: number; weight: number; log_probs: number[] } | undefined;
  training: Record<string, unknown>;
  metrics: Record<string, unknown>;
  hyperparameters: Record<string, unknown>;
}

export function buildArtifact(input: ArtifactInput): LocalModel {
  const weights = Array.from(input.fitted.fit.weights, (w) => roundSignificant(w));
  const body = {
    features: input.features,
    vocabulary: input.fitted.vocab.keys,
    idf: Array.from(input.fitted.vocab.idf, (v) => roundSignificant(v)),
    weights,
    bias: Array.from(input.fitted.fit.bias, (v) => roundSignificant(v)),
    temperature: roundSignificant(input.temperature, 4),
    safety_bias: input.safetyBias,
    ...(input.naiveBayes ? { naive_bayes: input.naiveBayes } : {}),
  };
  // The version names the exact weights, so two artifacts with the same version answer alike.
  const digest = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 8);
  return {
    format: 'careroute-local-model',
    format_version: 1,
    version: `${MODEL_SERIES}-${digest}`,
    algorithm: input.naiveBayes
      ? 'multinomial logistic regression (softmax), L2, L-BFGS, plus weighted binary naive Bayes scores over the word features; temperature-scaled'
      : 'multinomial logistic regression (softmax), L2, L-BFGS; temperature-scaled',
    categories: [...CATEGORIES],
    hyperparameters: input.hyperparameters,
    training: input.training,
    metrics: input.metrics,
    ...body,
  };
}

/** Metadata pretty-printed for review; the big arrays on one line each so the file stays compact. */
export function serialiseArtifact(model: LocalModel): string {
  const lines = Object.entries(model).map(([key, value]) => {
    const big = (Array.isArray(value) && value.length > 16) || (typeof value === 'object' && value !== null && Object.values(value).some((v) => Array.isArray(v) && v.length > 16));
    const json = big ? JSON.stringify(value) : JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
    return `  ${JSON.stringify(key)}: ${json}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}
