import type { SafetyScan } from '../classifier/safety-types.ts';
import type { CaseSubtype, SeriousnessCriterion, SeriousnessStatus } from './types.ts';

// Someone may be harmed right now: what happens next (poison control, the ER, the outcome) decides seriousness.
const AT_RISK_NOW = new Set(['overdose', 'self_harm', 'emergency']);

/**
 * Serious when a criterion is met. With none met, a report about someone at risk now is not
 * established as non-serious: a child who swallowed six sleeping pills may be in hospital within the
 * hour, and a case filed on the 90-day clock would then be reported late. Such a case follows the
 * 15-day clock until the PV assessor decides; the cost of that is an earlier review.
 * @see ICH E2A II.B (the criteria) and E2D 5.1 (follow-up to obtain what is missing)
 */
export function seriousnessStatus(
  criteria: readonly SeriousnessCriterion[],
  context: { urgent: boolean; subtype: CaseSubtype; scan: SafetyScan },
): SeriousnessStatus {
  if (criteria.length > 0) return 'serious';
  const atRisk = context.urgent || context.subtype === 'self_harm_or_emergency' || context.scan.signals.some((s) => AT_RISK_NOW.has(s.kind));
  return atRisk ? 'not_established' : 'non_serious';
}
