/**
 * The strongest positive tokens of a decision, joined into phrases where they are adjacent
 * ("since I started"), strongest phrase first. Tokens under a quarter of the strongest are noise.
 * `show` gives the words as the customer wrote them (tokens are folded: "cant", "0").
 */
export function topPhrases(
  tokens: readonly string[],
  perToken: Float64Array,
  limit = 3,
  show: (first: number, last: number) => string = (first, last) => tokens.slice(first, last + 1).join(' '),
): string[] {
  let max = 0;
  for (const v of perToken) if (v > max) max = v;
  if (max === 0) return [];
  const chosen: number[] = [];
  perToken.forEach((v, i) => {
    if (v >= max * 0.25) chosen.push(i);
  });
  chosen.sort((a, b) => perToken[b]! - perToken[a]! || a - b);
  const kept = chosen.slice(0, 6).sort((a, b) => a - b);
  const phrases: Array<{ text: string; score: number }> = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const text = show(run[0]!, run[run.length - 1]!);
    // A number alone is not a word the customer chose ("0" for an order number): it explains nothing.
    if (/[\p{L}\p{Extended_Pictographic}]/u.test(text)) phrases.push({ text, score: run.reduce((s, i) => s + perToken[i]!, 0) });
    run = [];
  };
  for (const i of kept) {
    if (run.length > 0 && i !== run[run.length - 1]! + 1) flush();
    run.push(i);
  }
  flush();
  const seen = new Set<string>();
  return phrases
    .sort((a, b) => b.score - a.score)
    .filter((p) => !seen.has(p.text) && seen.add(p.text))
    .slice(0, limit)
    .map((p) => p.text);
}
