import type { Category, Priority } from '../domain.ts';
import type { ChainResult } from '../classifier/types.ts';
import type { SafetyScan } from '../classifier/safety-types.ts';
import { describeScan } from '../classifier/safety-guard.ts';
import { rememberOwnWording } from '../observability/redact.ts';

export interface DecisionPolicy {
  /** Below it a human reviews the message (CONFIDENCE_THRESHOLD). */
  confidenceThreshold: number;
  /** When the top two scores are closer than this, a human reviews (REVIEW_MARGIN). */
  reviewMargin: number;
}

export interface Decision {
  category: Category;
  confidence: number;
  priority: Priority;
  requires_human_review: boolean;
  review_reasons: string[];
  /** decision_path entries, in the order they decided. */
  path: string[];
}

/** Confidence reported when the deterministic guard, not the model, decided safety_compliance. */
export const GUARD_CONFIDENCE = 0.9;
const URGENT_KINDS = new Set(['self_harm', 'emergency', 'overdose']);
const NO_REVIEW = 'no human review needed';
const ALWAYS_REVIEWED = 'safety_compliance is always reviewed';
const reviewLine = (reasons: readonly string[]) => `human review: ${reasons.join('; ')}`;
// The review lines most decisions end on: triage redacts every decision_path entry.
rememberOwnWording([NO_REVIEW, reviewLine([ALWAYS_REVIEWED])]);

/** decision_path's first entry; `reasoning` replaces the classifier's own (triage passes it redacted). */
export function describeClassifier(result: ChainResult, reasoning = result.classification.reasoning): string {
  const c = result.classification;
  const who = c.provider === 'openai' ? `llm ${c.model}` : `local ${c.model}`;
  const fallback = result.fallback ? ` (fallback: ${result.fallback_reason ?? 'primary unavailable'})` : '';
  return `${who}${fallback}: ${reasoning} -> ${c.category} (${c.confidence.toFixed(2)})`;
}

function topTwoMargin(result: ChainResult): number | undefined {
  const scores = result.classification.scores;
  if (!scores) return undefined;
  const sorted = Object.values(scores)
    .filter((v): v is number => typeof v === 'number')
    .sort((a, b) => b - a);
  return sorted.length >= 2 ? sorted[0]! - sorted[1]! : undefined;
}

function priorityFor(category: Category, result: ChainResult, scan: SafetyScan): Priority {
  const urgency = result.classification.urgency;
  if (category === 'safety_compliance') {
    const urgentSignal = scan.signals.some((s) => URGENT_KINDS.has(s.kind));
    return urgentSignal || urgency === 'urgent' ? 'urgent' : 'high';
  }
  if (category === 'service_action') return urgency === 'urgent' || urgency === 'high' ? 'high' : urgency === 'low' ? 'low' : 'medium';
  return 'low';
}

/**
 * Step 4 of triage, safety first: the guard or any safety signal of the classifier wins; then the
 * confidence threshold and the top-two margin decide whether a human must review.
 */
export function decide(result: ChainResult, scan: SafetyScan, policy: DecisionPolicy): Decision {
  const c = result.classification;
  const path = [describeClassifier(result)];
  let category = c.category;
  let confidence = c.confidence;

  if (scan.fired) {
    if (category !== 'safety_compliance') {
      path.push(`${describeScan(scan)} (overrides ${category})`);
      category = 'safety_compliance';
      confidence = Math.max(GUARD_CONFIDENCE, c.scores?.safety_compliance ?? 0);
    } else {
      path.push(`${describeScan(scan)} (agrees with the classifier)`);
      // Two independent signals agree: the decision is at least as sure as the guard alone.
      confidence = Math.max(confidence, GUARD_CONFIDENCE);
    }
  } else if (scan.suppressed.length > 0) {
    path.push(describeScan(scan));
  }
  const llmSignals = c.safety_signals ?? [];
  if (category !== 'safety_compliance' && llmSignals.length > 0) {
    path.push(`classifier safety signals [${llmSignals.join(', ')}] -> safety_compliance (overrides ${category})`);
    category = 'safety_compliance';
    confidence = Math.max(confidence, c.scores?.safety_compliance ?? 0.8);
  }

  const reasons: string[] = [];
  if (category === 'safety_compliance') reasons.push(ALWAYS_REVIEWED);
  if (confidence < policy.confidenceThreshold) {
    reasons.push(`confidence ${confidence.toFixed(2)} < threshold ${policy.confidenceThreshold}`);
  }
  const margin = topTwoMargin(result);
  if (category === c.category && margin !== undefined && margin < policy.reviewMargin) {
    reasons.push(`top-two margin ${margin.toFixed(2)} < ${policy.reviewMargin}`);
  }
  const requires = reasons.length > 0;
  path.push(requires ? reviewLine(reasons) : NO_REVIEW);
  return {
    category,
    confidence: Math.min(1, Math.max(0, confidence)),
    priority: priorityFor(category, result, scan),
    requires_human_review: requires,
    review_reasons: reasons,
    path,
  };
}
