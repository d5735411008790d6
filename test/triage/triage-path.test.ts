import { describe, expect, it } from 'vitest';
import { createEmbeddedTicketing } from '../../src/adapters/embedded/ticketing.ts';
import { createEmbeddedKnowledgeBase } from '../../src/adapters/embedded/knowledge-base.ts';
import { createEmbeddedCompliance } from '../../src/adapters/embedded/compliance.ts';
import type { ClassifierChain } from '../../src/classifier/types.ts';
import { createTriage } from '../../src/triage/triage.ts';
import { createInformationalWorkflow } from '../../src/workflows/informational.ts';
import { createSafetyComplianceWorkflow } from '../../src/workflows/safety-compliance.ts';
import { createServiceActionWorkflow } from '../../src/workflows/service-action.ts';
import { chainResult } from '../support/chain-result.ts';

function triageAnswering(reasoning: string) {
  const chain: ClassifierChain = {
    primary: 'openai',
    classify: async () => chainResult({ reasoning, confidence: 0.97, scores: { informational: 0.01, service_action: 0.97, safety_compliance: 0.02 } }),
    breakerState: () => 'closed',
    shutdown: () => {},
  };
  return createTriage({
    chain,
    workflows: {
      informational: createInformationalWorkflow(createEmbeddedKnowledgeBase()),
      service_action: createServiceActionWorkflow(createEmbeddedTicketing()),
      safety_compliance: createSafetyComplianceWorkflow(createEmbeddedCompliance()),
    },
    policy: { confidenceThreshold: 0.7, reviewMargin: 0.15 },
    redactBeforeClassify: false,
  });
}

describe('decision_path of the classifier', () => {
  it('when the classifier reasoning repeats identifiers, then decision_path masks them and keeps the model, category and confidence', async () => {
    const triage = triageAnswering('caller Ana Ruiz (555-201-7788, ana.ruiz@example.com) asks for a refill');
    const { body } = await triage({ request_id: 'r1', message: 'This is Ana Ruiz, call me at 555-201-7788 or ana.ruiz@example.com, please refill my lisinopril', channel: 'chat', received_at: new Date() });
    const entry = body.decision_path.split('; ')[0]!;
    expect(entry.startsWith('llm gpt-4o-mini: ')).toBe(true);
    expect(entry.endsWith(' -> service_action (0.97)')).toBe(true);
    for (const identifier of ['Ana', 'Ruiz', '555-201-7788', 'ana.ruiz@example.com']) expect(entry).not.toContain(identifier);
    expect(entry).toContain('[PHONE]');
    expect(entry).toContain('[EMAIL]');
  });
});
