import { describe, expect, it } from 'vitest';
import { buildLlmRequest } from '../../src/classifier/llm-request.ts';
import { PROMPTS } from '../../src/classifier/prompts/index.ts';
import { compactPrompt } from '../../src/classifier/prompts/compact.ts';
import { CATEGORIES, CHANNELS } from '../../src/domain.ts';
import { readDataset } from '../../scripts/lib/dataset.ts';
import { COMPACT_ANSWERS, BASELINE_ANSWERS } from '../../scripts/lib/llm-answers.ts';
import { budgetOf, countTokens } from '../../scripts/lib/llm-budget.ts';
import { allBudgets, BUDGET_DATA, formatBudgets } from '../../scripts/llm-budget.ts';

/**
 * Issue 12's budget of the one LLM call, counted offline with gpt-4o-mini's tokenizer on the exact
 * request bodies the provider builds (same code as `npm run llm:budget`).
 */
const items = readDataset(BUDGET_DATA);
const compact = budgetOf(compactPrompt, items, COMPACT_ANSWERS);
const byCategory = Object.fromEntries(compact.categories.map((c) => [c.category, c]));

describe('the compact prompt stays within its budget', () => {
  it('when o200k_base counts a known string, then it matches the tokenizer (not a character estimate)', () => {
    expect(countTokens('{"category":"safety_compliance"}')).toBe(8); // {" category ":" s afety _com pliance "}
  });

  it.each(CATEGORIES.flatMap((category) => CHANNELS.map((channel) => [category, channel] as const)))(
    'when a typical %s message arrives on %s, then the request is at most 1,400 input tokens, schema included',
    (category, channel) => {
      expect(byCategory[category]!.inputByChannel[channel]).toBeLessThanOrEqual(1400);
    },
  );

  it('when the model answers informational or service_action realistically, then it writes at most 40 tokens', () => {
    expect(byCategory.informational!.outputRealistic).toBeLessThanOrEqual(40);
    expect(byCategory.service_action!.outputRealistic).toBeLessThanOrEqual(40);
  });

  it('when the model answers a safety report with its case facts, then it writes at most 100 tokens', () => {
    expect(byCategory.safety_compliance!.outputRealistic).toBeLessThanOrEqual(100);
  });

  it('when every string is at its limit and every list full, then the answer fits max_completion_tokens = 200', () => {
    expect(compactPrompt.maxCompletionTokens).toBe(200);
    for (const c of compact.categories) expect(c.outputWorst).toBeLessThanOrEqual(compactPrompt.maxCompletionTokens);
  });

  it('when priced at list prices without cache, then 1,000 messages of any category cost at most $0.25', () => {
    for (const c of compact.categories) expect(c.costPer1000Usd).toBeLessThanOrEqual(0.25);
  });

  it('when a safety answer is generated at the slow end (0.6 s + 60 tokens/s), then it takes under 2.3 s', () => {
    expect(byCategory.safety_compliance!.slowEndSeconds).toBeLessThan(2.3);
  });

  it('when the budget answers are parsed, then each is a valid answer of its variant (the budget counts real answers)', () => {
    for (const [variant, answers] of [[compactPrompt, COMPACT_ANSWERS], [PROMPTS.baseline!, BASELINE_ANSWERS]] as const) {
      for (const category of CATEGORIES) {
        expect(variant.parse(JSON.stringify(answers.realistic[category])).category).toBe(category);
        expect(variant.parse(JSON.stringify(answers.worst[category])).category).toBe(category);
      }
    }
  });

  it('when two different messages are sent, then everything before the customer text is identical (the prompt cache can reuse it)', () => {
    const one = buildLlmRequest('gpt-4o-mini', compactPrompt, { text: 'refill please', channel: 'chat' });
    const two = buildLlmRequest('gpt-4o-mini', compactPrompt, { text: 'my lips are swelling since the new pills', channel: 'mail', locale: 'es' });
    expect(one.messages[0]).toEqual(two.messages[0]);
    expect(one.response_format).toEqual(two.response_format);
    expect(one.messages).toHaveLength(2);
    expect(String(one.messages[1]!.content).endsWith('</customer_message>')).toBe(true);
  });

  it('when the budget table is printed, then the compact prompt uses well under the baseline\'s input and output tokens', () => {
    const baseline = allBudgets().find((b) => b.variant === 'baseline')!;
    expect(compact.staticTokens).toBeLessThan(baseline.staticTokens * 0.6);
    expect(formatBudgets([compact])).toMatch(/\| compact \| safety_compliance \| 1,\d{3} \| \d+ \/ \d+ \| 200 \|/);
  });
});

describe('the compact prompt keeps every rule of data/corpus/LABELING.md', () => {
  // One term per rule of the labelling guide: cutting repetition must not cut a rule.
  const rules = [
    'adverse event', 'side effect', 'vaccine', 'overdose', 'accidental ingestion', 'wrong drug', 'strength', "patient's label", 'directions',
    'defect', 'contamination', 'broken seal', 'pills look different', 'counterfeit', 'device malfunction', 'self-harm', 'suicidal',
    'emergency in progress', "someone else's records", 'data exposed', 'staff looked at records', 'fraud', 'identity misuse',
    'used their insurance', 'drugs never received', 'lawyer', 'HIPAA', 'report to the board', 'also mentions a reaction',
    'refill', 'renew', 'transfer', 'cancel', 'pause', 'change address or payment', 'update insurance', 'billing dispute', 'refund',
    'late or missing package', 'appointment', 'reset password', 'member ID card', 'prior authorisation', 'callback', 'rude staff',
    'long wait', '"no side effects, just need a refill" is service_action', 'hours', 'locations', 'plan coverage',
    'how refills/transfers/shipping work', 'prices', 'vaccines offered', 'privacy policy', 'general questions on side effects or interactions',
    'miss a dose', 'Greetings', 'one-word', 'EXPERIENCING', 'ASKING', 'WANTING', 'Negated', 'Hypotheticals', 'In doubt',
  ];
  it.each(rules)('when the compact prompt is read, then it states the rule "%s"', (rule) => {
    expect(compactPrompt.system).toContain(rule);
  });
});
