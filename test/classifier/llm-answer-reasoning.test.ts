import { describe, expect, it } from 'vitest';
import type { ChatCompletion } from 'openai/resources/chat/completions';
import { toClassification } from '../../src/classifier/llm-answer.ts';
import { PROMPTS } from '../../src/classifier/prompts/index.ts';
import { compactPrompt } from '../../src/classifier/prompts/compact.ts';
import { redactWithEchoes } from '../../src/observability/redact.ts';

const input = { text: 'Call Dana Whitfield at 555-201-8890 about my refill, she knows the order.', channel: 'chat' as const };

function completion(signals: string[]): ChatCompletion {
  const content = JSON.stringify({ category: 'service_action', confidence: 0.9, urgency: 'medium', lang: 'en', signals, facts: null });
  return {
    id: 'c1',
    object: 'chat.completion',
    created: 0,
    model: 'gpt-test',
    choices: [{ index: 0, finish_reason: 'stop', logprobs: null, message: { role: 'assistant', content, refusal: null } }],
  } as ChatCompletion;
}

describe('the reasoning line of an LLM answer (decision_path)', () => {
  it('when the model gives no safety signals, then the line is fixed wording that redaction leaves as it is', () => {
    const reasoning = toClassification(completion([]), { model: 'gpt-test', variant: compactPrompt, input }).reasoning;
    expect(reasoning).toBe('prompt compact, no safety signals, verbalised confidence (no logprobs)');
    // Triage redacts it as a text derived from the message: the message's identifiers are not in it.
    expect(redactWithEchoes(input.text).derived(reasoning)).toBe(reasoning);
  });

  it('when every prompt variant answers with no signals, then each line reads the same after redaction', () => {
    for (const variant of Object.values(PROMPTS)) {
      const line = `prompt ${variant.name}, no safety signals, confidence from logprobs`;
      expect(redactWithEchoes(input.text).derived(line)).toBe(line);
    }
  });

  it('when the model gives signals, then they are quoted in the line and still redacted', () => {
    const reasoning = toClassification(completion(['call 555-201-8890']), { model: 'gpt-test', variant: compactPrompt, input }).reasoning;
    expect(reasoning).toBe('prompt compact, signals [call [PHONE]], verbalised confidence (no logprobs)');
  });
});
