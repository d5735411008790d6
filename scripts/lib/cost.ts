/**
 * gpt-4o-mini list prices in US dollars per 1M tokens (OpenAI pricing page, standard tier, as of
 * 2025); update both when the model or the price changes.
 */
export const INPUT_USD_PER_MILLION = 0.15;
export const OUTPUT_USD_PER_MILLION = 0.6;

/** Estimated cost of 1,000 messages at the average token use measured. */
export function costPerThousand(promptTokens: number, completionTokens: number, messages: number): number {
  if (messages === 0) return 0;
  const perMessage = (promptTokens * INPUT_USD_PER_MILLION + completionTokens * OUTPUT_USD_PER_MILLION) / 1_000_000 / messages;
  return perMessage * 1000;
}
