/**
 * The naive Bayes half of the local model (issue #11, session 16). Beside the softmax regression's weights,
 * the model keeps, for each word and word-pair feature of its vocabulary, the log-probability that a message of
 * each category holds it (binary multinomial naive Bayes, Laplace smoothing), centred over the categories. A
 * text's naive Bayes score for a category is the sum over its distinct word features, divided by the square root
 * of their number so that a long mail does not outshout the linear scores; the model adds it, times a weight
 * chosen out of fold, to the linear scores before the safety bias and the temperature.
 *
 * Why: the regression fits the training corpus's wording closely; naive Bayes, counting each word's evidence
 * apart, carries over to wordings it has not seen as a whole (out of fold 0.896 -> 0.909 on the training split,
 * and higher on real people's text: README, "Session 16"). Character n-grams take no part in it.
 *
 * Shared by training (scripts/train.ts) and inference (inference.ts), so both compute the same scores.
 */

const K = 3;

/**
 * The centred log-probabilities of a naive Bayes fit: K per feature id, in a Float64Array of vocabulary size
 * times K; character n-grams (`isChar`) keep 0 and are skipped when scoring.
 * `docs[i]` lists the distinct feature ids of message i (any order), `labels[i]` its category index.
 */
export function fitNaiveBayes(docs: readonly ArrayLike<number>[], labels: readonly number[], isChar: Uint8Array, alpha: number): Float64Array {
  const n = isChar.length;
  const counts = new Float64Array(n * K);
  const totals = new Float64Array(K);
  let words = 0;
  for (let j = 0; j < n; j++) if (isChar[j] === 0) words++;
  docs.forEach((ids, i) => {
    const k = labels[i]!;
    for (let t = 0; t < ids.length; t++) {
      const j = ids[t]!;
      if (isChar[j] === 1) continue;
      counts[j * K + k]! += 1;
      totals[k]! += 1;
    }
  });
  const out = new Float64Array(n * K);
  const lp = new Float64Array(K);
  for (let j = 0; j < n; j++) {
    if (isChar[j] === 1) continue;
    let mean = 0;
    for (let k = 0; k < K; k++) {
      lp[k] = Math.log((counts[j * K + k]! + alpha) / (totals[k]! + alpha * words));
      mean += lp[k]! / K;
    }
    for (let k = 0; k < K; k++) out[j * K + k] = lp[k]! - mean;
  }
  return out;
}

/**
 * Adds `weight` times a text's naive Bayes scores to `logits` (in place): the sum of the centred
 * log-probabilities of its distinct word features `ids[0..length)`, over the square root of their number.
 */
export function addNaiveBayes(logits: number[], ids: ArrayLike<number>, length: number, table: Float64Array, isChar: Uint8Array, weight: number): void {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let known = 0;
  for (let t = 0; t < length; t++) {
    const j = ids[t]!;
    if (isChar[j] === 1) continue;
    known++;
    s0 += table[j * K]!;
    s1 += table[j * K + 1]!;
    s2 += table[j * K + 2]!;
  }
  if (known === 0) return;
  const scale = weight / Math.sqrt(known);
  logits[0]! += scale * s0;
  logits[1]! += scale * s1;
  logits[2]! += scale * s2;
}
