import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compactPrompt } from '../../src/classifier/prompts/compact.ts';

const PROMPT_VERSION = compactPrompt.version;
import { buildTestApp, json } from '../support/app.ts';
import { defaultAnswer, startOpenAiStub, type OpenAiStub } from '../support/openai-stub.ts';

let stub: OpenAiStub;
let t: Awaited<ReturnType<typeof buildTestApp>> | undefined;
beforeEach(async () => {
  stub = await startOpenAiStub();
});
afterEach(async () => {
  await t?.app.close();
  t = undefined;
  await stub.close();
});

async function llmApp() {
  const { createKeywordClassifier } = await import('../support/fakes.ts');
  // No `primary` override: the factory builds the real OpenAI provider from the config, pointed at the stub.
  t = await buildTestApp({ CLASSIFIER_PROVIDER: 'openai', OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: stub.url }, { classifiers: { fallback: createKeywordClassifier() } });
  return t;
}

const facts = {
  patient: { present: true, value: "the caller's mother, 70s" },
  reporter: { present: true, value: 'caregiver (daughter)' },
  suspect_product: { present: true, value: 'amlodipine 10 mg' },
  adverse_event: { present: true, value: 'ankle swelling, fainted once' },
  seriousness: { death: false, life_threatening: false, hospitalisation: false, disability: false, congenital_anomaly: false, other_medically_important: true },
  subtype: 'adverse_event',
};
// The same facts as the compact answer writes them.
const compactFacts = { patient: "the caller's mother, 70s", reporter: 'caregiver (daughter)', product: 'amlodipine 10 mg', event: 'ankle swelling, fainted once', serious: ['medical'], subtype: 'adverse_event' };

describe('case facts from the LLM', () => {
  it('when the LLM answers case facts, then the case uses them, from the same single call', async () => {
    stub.setBehavior((request) => ({ kind: 'answer', content: { ...defaultAnswer(request), facts: compactFacts } }));
    await llmApp();
    const body = (await t!.app.inject(json({ message: 'mom (74) has swollen ankles and fainted once since the new amlodipine' }))).json();
    expect(stub.calls).toBe(1);
    expect(body.classifier).toMatchObject({ provider: 'openai', fallback: false, prompt_version: PROMPT_VERSION, prompt_variant: 'compact' });
    expect(body.workflow.case).toMatchObject({
      facts_source: 'llm',
      elements: { patient: facts.patient, reporter: facts.reporter, suspect_product: facts.suspect_product, adverse_event: facts.adverse_event },
      serious: true,
      seriousness_criteria: ['other_medically_important'],
      valid_case: true,
      classifier: { provider: 'openai', model: 'gpt-4o-mini', prompt_version: PROMPT_VERSION },
    });
    expect(body.next_step.priority).toBe('urgent');
  });

  it('when the LLM is down, then the local path fills the facts with the heuristics', async () => {
    stub.setBehavior({ kind: 'status', status: 500 });
    await llmApp();
    const body = (await t!.app.inject(json({ message: 'Since I started lisinopril my face is swelling.' }))).json();
    expect(body.classifier.fallback).toBe(true);
    expect(body.workflow.case).toMatchObject({ facts_source: 'heuristic', elements: { suspect_product: { present: true, value: 'lisinopril' } } });
  });
});
