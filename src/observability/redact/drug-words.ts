import { namesDrug } from '../../classifier/safety/medication.ts';

/**
 * namesDrug for the name finders, which ask it about one word at a time, several times a text (is
 * "metformin" a name?): the answer for each word is remembered, as namesDrug walks its argument with a
 * fresh regex iterator each call. Pure, so a remembered answer is the same answer. Bounded: the map
 * is emptied when it fills, so odd input cannot grow it.
 */
const REMEMBERED_MAX = 20_000;
const answers = new Map<string, boolean>();

export function namesDrugWord(word: string): boolean {
  const known = answers.get(word);
  if (known !== undefined) return known;
  if (answers.size >= REMEMBERED_MAX) answers.clear();
  const answer = namesDrug(word);
  answers.set(word, answer);
  return answer;
}
