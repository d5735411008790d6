/**
 * `npm run llm:budget`: the token, cost and time budget of every prompt variant, counted offline with
 * gpt-4o-mini's tokenizer (o200k_base) on the exact request bodies careroute sends for the median
 * message of each category of the test split, and on realistic and worst-case answers. The same code
 * backs test/classifier/llm-budget.test.ts.
 */
import { PROMPTS } from '../src/classifier/prompts/index.ts';
import { readDataset } from './lib/dataset.ts';
import { ANSWERS_BY_VARIANT } from './lib/llm-answers.ts';
import { budgetOf, SLOW_END, type VariantBudget } from './lib/llm-budget.ts';

export const BUDGET_DATA = new URL('../data/corpus/test.jsonl', import.meta.url).pathname;

export function allBudgets(): VariantBudget[] {
  const items = readDataset(BUDGET_DATA);
  return Object.values(PROMPTS).map((variant) => budgetOf(variant, items, ANSWERS_BY_VARIANT[variant.name]!));
}

export function formatBudgets(budgets: readonly VariantBudget[]): string {
  const lines = [
    '| variant | category | input tokens (typical) | output tokens realistic / worst | max_completion_tokens | $ per 1,000 messages (no cache) | slow-end call time realistic / worst |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const b of budgets) {
    for (const c of b.categories) {
      lines.push(
        `| ${b.variant} | ${c.category} | ${c.inputTypical.toLocaleString('en-US')} | ${c.outputRealistic} / ${c.outputWorst} | ${b.maxCompletionTokens} | ${c.costPer1000Usd.toFixed(3)} | ${c.slowEndSeconds.toFixed(2)} / ${c.slowEndWorstSeconds.toFixed(2)} s |`,
      );
    }
  }
  lines.push(
    '',
    `Input: the request for the median-length message of the category in data/corpus/test.jsonl (system prompt, schema and message; static part: ${budgets.map((b) => `${b.variant} ${b.staticTokens.toLocaleString('en-US')}`).join(', ')} tokens).`,
    `Slow-end call time: ${SLOW_END.firstTokenSeconds} s to the first token + the output tokens at ${SLOW_END.outputTokensPerSecond} tokens/s.`,
  );
  return lines.join('\n');
}

if (import.meta.main) process.stdout.write(`${formatBudgets(allBudgets())}\n`);
