import { createHash } from 'node:crypto';
import { PROMPTS } from './prompts/index.ts';
import type { PromptVariant } from './prompts/types.ts';

export interface WeightedVariant {
  variant: PromptVariant;
  weight: number;
}

export const DEFAULT_PROMPT_VARIANTS = 'compact:100';

/**
 * Parses PROMPT_VARIANTS (`name:weight,...`); throws one line naming the problem. Weights are whole
 * numbers >= 0 and at least one is above 0; they need not sum to 100.
 */
export function parsePromptVariants(spec: string): WeightedVariant[] {
  const known = Object.keys(PROMPTS).join(', ');
  const out: WeightedVariant[] = [];
  for (const part of spec.split(',').map((p) => p.trim())) {
    const match = /^([a-z0-9_-]+):(\d{1,6})$/i.exec(part);
    if (!match) throw new Error(`each entry must be name:weight with a whole-number weight, e.g. compact:90,baseline:10 (got "${part}")`);
    const [, name, weight] = match as unknown as [string, string, string];
    const variant = PROMPTS[name];
    if (!variant) throw new Error(`unknown prompt variant "${name}" (known: ${known})`);
    if (out.some((v) => v.variant.name === name)) throw new Error(`prompt variant "${name}" is listed twice`);
    out.push({ variant, weight: Number(weight) });
  }
  if (!out.some((v) => v.weight > 0)) throw new Error('at least one weight must be above 0');
  return out;
}

/**
 * The variant of a message: a stable hash of its key (message_id, else request id) picks a point in
 * the weights, so the same message always gets the same variant (a retry included), on any instance.
 */
export function pickVariant(variants: readonly WeightedVariant[], key: string | undefined): PromptVariant {
  // One variant in use (the default): every point of the weights falls on it, no hash needed.
  const live = variants.filter((v) => v.weight > 0);
  if (live.length === 1) return live[0]!.variant;
  const total = variants.reduce((sum, v) => sum + v.weight, 0);
  const point = key === undefined ? 0 : (createHash('sha256').update(key).digest().readUInt32BE(0) / 2 ** 32) * total;
  let cumulative = 0;
  for (const v of variants) {
    cumulative += v.weight;
    if (v.weight > 0 && point < cumulative) return v.variant;
  }
  return variants.findLast((v) => v.weight > 0)!.variant;
}
