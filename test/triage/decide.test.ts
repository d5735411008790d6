import { describe, expect, it } from 'vitest';
import type { SafetyScan } from '../../src/classifier/safety-types.ts';
import { decide, GUARD_CONFIDENCE } from '../../src/triage/decide.ts';
import { chainResult } from '../support/chain-result.ts';

const policy = { confidenceThreshold: 0.7, reviewMargin: 0.15 };
const noSignal: SafetyScan = { fired: false, signals: [], suppressed: [] };
const fired: SafetyScan = { fired: true, signals: [{ kind: 'adverse_event', term: 'rash' }], suppressed: [] };

describe('decide (safety first)', () => {
  it('when the classifier is confident and nothing fired, then its category stands without review', () => {
    const d = decide(chainResult(), noSignal, policy);
    expect(d).toMatchObject({ category: 'service_action', confidence: 0.9, requires_human_review: false, priority: 'medium' });
    expect(d.path[0]).toBe('llm gpt-4o-mini: asks for a refill -> service_action (0.90)');
  });

  it('when the guard fires, then safety_compliance wins with the guard confidence and human review', () => {
    const d = decide(chainResult(), fired, policy);
    expect(d.category).toBe('safety_compliance');
    expect(d.confidence).toBe(GUARD_CONFIDENCE);
    expect(d.requires_human_review).toBe(true);
    expect(d.priority).toBe('high');
  });

  it('when the guard fires and the classifier also said safety with low confidence, then the decision is at least as sure as the guard', () => {
    const d = decide(chainResult({ category: 'safety_compliance', confidence: 0.51, scores: { informational: 0.2, service_action: 0.29, safety_compliance: 0.51 } }), fired, policy);
    expect(d.confidence).toBe(GUARD_CONFIDENCE);
    expect(d.path.join('; ')).toMatch(/agrees with the classifier/);
  });

  it('when the LLM lists a safety signal but picked another category, then safety wins', () => {
    const d = decide(chainResult({ category: 'informational', safety_signals: ['lips swelling'] }), noSignal, policy);
    expect(d.category).toBe('safety_compliance');
    expect(d.path.join('; ')).toMatch(/classifier safety signals \[lips swelling\]/);
  });

  it('when confidence is under the threshold, then a human reviews', () => {
    const d = decide(chainResult({ confidence: 0.55, scores: { informational: 0.4, service_action: 0.55, safety_compliance: 0.05 } }), noSignal, policy);
    expect(d.requires_human_review).toBe(true);
    expect(d.review_reasons.join()).toMatch(/confidence 0.55 < threshold 0.7/);
  });

  it('when the top two scores are close, then a human reviews even above the threshold', () => {
    const d = decide(chainResult({ confidence: 0.72, scores: { informational: 0.62, service_action: 0.72, safety_compliance: 0 } }), noSignal, policy);
    expect(d.review_reasons.join()).toMatch(/top-two margin 0.10/);
  });

  it('when a self-harm signal fires, then priority is urgent', () => {
    const d = decide(chainResult(), { fired: true, signals: [{ kind: 'self_harm', term: 'end it all' }], suppressed: [] }, policy);
    expect(d.priority).toBe('urgent');
  });

  it('when the answer came from the fallback, then the path says why', () => {
    const d = decide(chainResult({ provider: 'local', model: 'careroute-local-1' }, { fallback: true, fallback_reason: 'timeout' }), noSignal, policy);
    expect(d.path[0]).toMatch(/^local careroute-local-1 \(fallback: timeout\)/);
  });
});
