import { describe, expect, it } from 'vitest';
import type { ChainResult, Classification } from '../../src/classifier/types.ts';
import type { SafetyScan, SafetySignalKind } from '../../src/classifier/safety-types.ts';
import { decide } from '../../src/triage/decide.ts';
import { chainResult } from '../support/chain-result.ts';

// Gaps found by mutation testing (#18): priorities, confidences after an override, and the edges of the policy.
const policy = { confidenceThreshold: 0.75, reviewMargin: 0.25 };
const quiet: SafetyScan = { fired: false, signals: [], suppressed: [] };
const firedWith = (kind: SafetySignalKind, term = 'x'): SafetyScan => ({ fired: true, signals: [{ kind, term }], suppressed: [] });

// Confidences that are exact in binary (7/8, 1/16), so the edges of the policy compare exactly.
const result = (overrides: Partial<Classification> = {}, extra: Partial<ChainResult> = {}): ChainResult =>
  chainResult({ confidence: 0.875, scores: { informational: 0.0625, service_action: 0.875, safety_compliance: 0.0625 }, ...overrides }, extra);

describe('decide: priority', () => {
  it.each<[SafetySignalKind, string]>([
    ['emergency', "he isn't breathing"],
    ['overdose', 'took the whole bottle'],
    ['self_harm', 'end it all'],
  ])('when the guard fires a %s signal, then the safety case is urgent', (kind, term) => {
    expect(decide(result(), firedWith(kind, term), policy).priority).toBe('urgent');
  });

  it('when the guard fires an adverse-event signal and the classifier says medium, then the case is high, not urgent', () => {
    expect(decide(result(), firedWith('adverse_event', 'rash'), policy).priority).toBe('high');
  });

  it('when the classifier itself calls a safety message urgent, then it stays urgent without an urgent signal', () => {
    const d = decide(result({ category: 'safety_compliance', urgency: 'urgent' }), firedWith('adverse_event', 'rash'), policy);
    expect(d.priority).toBe('urgent');
    expect(decide(result({ category: 'safety_compliance', urgency: 'urgent' }), quiet, policy).priority).toBe('urgent');
  });

  it.each([
    ['urgent', 'high'],
    ['high', 'high'],
    ['medium', 'medium'],
    ['low', 'low'],
  ] as const)('when a service request has urgency %s, then its ticket priority is %s', (urgency, priority) => {
    expect(decide(result({ urgency }), quiet, policy).priority).toBe(priority);
  });

  it('when an informational question is called urgent, then its priority is still low', () => {
    expect(decide(result({ category: 'informational', urgency: 'urgent' }), quiet, policy).priority).toBe('low');
  });
});

describe('decide: confidence after an override', () => {
  it('when the guard overrides and the classifier gave safety a higher score than the guard confidence, then that score is kept', () => {
    const scores = { informational: 0.03125, service_action: 0.03125, safety_compliance: 0.9375 };
    expect(decide(result({ scores }), firedWith('adverse_event'), policy).confidence).toBe(0.9375);
  });

  it('when the guard overrides a classification without scores, then the guard confidence 0.9 stands', () => {
    const d = decide(result({ scores: undefined, confidence: 0.5 }), firedWith('adverse_event'), policy);
    expect(d.confidence).toBe(0.9);
    expect(d.path[1]).toMatch(/\(overrides service_action\)$/);
  });

  it('when the LLM lists a safety signal and scores safety above its own confidence, then the safety score becomes the confidence', () => {
    const scores = { informational: 0.375, service_action: 0, safety_compliance: 0.625 };
    const d = decide(result({ category: 'informational', confidence: 0.375, scores, safety_signals: ['lip swelling'] }), quiet, policy);
    expect(d).toMatchObject({ category: 'safety_compliance', confidence: 0.625 });
  });

  it('when the LLM lists a safety signal with a low safety score, then its own confidence stands', () => {
    const scores = { informational: 0.875, service_action: 0.0625, safety_compliance: 0.0625 };
    const d = decide(result({ category: 'informational', confidence: 0.875, scores, safety_signals: ['lip swelling'] }), quiet, policy);
    expect(d.confidence).toBe(0.875);
  });

  it('when the LLM lists a safety signal and gave no scores, then the confidence is at least 0.8', () => {
    const d = decide(result({ category: 'informational', confidence: 0.5, scores: undefined, safety_signals: ['hives'] }), quiet, policy);
    expect(d.confidence).toBe(0.8);
    expect(d.review_reasons).toEqual(['safety_compliance is always reviewed']);
  });

  it('when the classifier already said safety, then its listed signals add no override step', () => {
    const d = decide(result({ category: 'safety_compliance', confidence: 0.875, safety_signals: ['hives'] }), quiet, policy);
    expect(d.path.join('; ')).not.toMatch(/classifier safety signals/);
  });

  it('when a provider reports a confidence above 1, then the decision says 1', () => {
    expect(decide(result({ confidence: 1.5 }), quiet, policy).confidence).toBe(1);
    expect(decide(result({ confidence: -0.5, scores: undefined }), quiet, policy).confidence).toBe(0);
  });
});

describe('decide: the edges of the review policy', () => {
  it('when the confidence is exactly at the threshold, then no human review is needed for it', () => {
    const d = decide(result({ confidence: 0.75, scores: { informational: 0.125, service_action: 0.75, safety_compliance: 0.125 } }), quiet, policy);
    expect(d).toMatchObject({ requires_human_review: false, review_reasons: [] });
    expect(d.path.at(-1)).toBe('no human review needed');
  });

  it('when the top-two margin is exactly the review margin, then no human review is needed for it', () => {
    const d = decide(result({ confidence: 0.75, scores: { informational: 0.5, service_action: 0.75, safety_compliance: 0 } }), quiet, policy);
    expect(d.requires_human_review).toBe(false);
  });

  it('when only one score is given, then there is no margin to review', () => {
    const d = decide(result({ scores: { service_action: 0.875 } }), quiet, policy);
    expect(d.requires_human_review).toBe(false);
  });

  it('when the guard changed the category, then the classifier\'s close top two are not a reason to review', () => {
    const scores = { informational: 0.4375, service_action: 0.5, safety_compliance: 0.0625 };
    const d = decide(result({ confidence: 0.5, scores }), firedWith('adverse_event'), policy);
    expect(d.review_reasons).toEqual(['safety_compliance is always reviewed']);
  });

  it('when the guard suppressed every match, then the path says so and the category stands', () => {
    const scan: SafetyScan = { fired: false, signals: [], suppressed: [{ kind: 'adverse_event', term: 'side effects', reason: 'negated' }] };
    const d = decide(result(), scan, policy);
    expect(d.category).toBe('service_action');
    expect(d.path[1]).toBe('safety guard: no signal (suppressed: negated [side effects])');
  });

  it('when the answer came from a fallback with no reason given, then the path says the primary was unavailable', () => {
    const d = decide(result({ provider: 'local', model: 'm1' }, { fallback: true }), quiet, policy);
    expect(d.path[0]).toBe('local m1 (fallback: primary unavailable): asks for a refill -> service_action (0.88)');
  });
});

describe('decide: what the path and the reasons say', () => {
  it('when the guard fires an adverse event and an emergency together, then the case is urgent', () => {
    const scan: SafetyScan = { fired: true, signals: [{ kind: 'adverse_event', term: 'hives' }, { kind: 'emergency', term: 'not breathing' }], suppressed: [] };
    expect(decide(result(), scan, policy).priority).toBe('urgent');
  });

  it('when the guard saw nothing at all, then the path has no guard step', () => {
    expect(decide(result(), quiet, policy).path).toEqual(['llm gpt-4o-mini: asks for a refill -> service_action (0.88)', 'no human review needed']);
  });

  it('when exactly two scores are close, then a human reviews', () => {
    const d = decide(result({ confidence: 0.875, scores: { informational: 0.75, service_action: 0.875 } }), quiet, policy);
    expect(d.review_reasons).toEqual(['top-two margin 0.13 < 0.25']);
  });

  it('when the LLM lists several signals and several reasons apply, then the path lists them comma- and semicolon-separated', () => {
    const scores = { informational: 0.5, service_action: 0.25, safety_compliance: 0.25 };
    const d = decide(result({ category: 'informational', confidence: 0.5, scores, safety_signals: ['hives', 'lip swelling'] }), quiet, policy);
    expect(d.path[1]).toBe('classifier safety signals [hives, lip swelling] -> safety_compliance (overrides informational)');
    expect(d.path.at(-1)).toBe('human review: safety_compliance is always reviewed; confidence 0.50 < threshold 0.75');
  });
});
