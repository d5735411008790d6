/**
 * Cheap preconditions for the name finders' regexes (issue 15): a regex every match of which holds one of a few
 * words in each of its groups is not run on a text that lacks them all. The words are lower-case ASCII and looked
 * for in the lower-cased text; a text with any other character always runs the regex, since case-insensitive
 * matching folds some of them onto ASCII letters ("ſ" onto "s", the Kelvin sign onto "k"). `scripts/pii/check-gates.ts`
 * shows, over every text of data/corpus and data/pii, that no match of a gated regex is skipped.
 */
const ASCII = /^[\x00-\x7f]*$/;
let lastText: string | undefined;
let lastLower: string | null = null;

/** The text lower-cased when it is all ASCII, else null; the last text's answer is kept (the finders share one text). */
export function asciiLower(text: string): string | null {
  if (text !== lastText) {
    lastText = text;
    lastLower = ASCII.test(text) ? text.toLowerCase() : null;
  }
  return lastLower;
}

/** Lets go of the last text (customer text): called when a text's redaction is done, so none outlives its request. */
export function forgetAsciiLower(): void {
  lastText = undefined;
  lastLower = null;
}

export interface Gate {
  re: RegExp;
  groups: readonly (readonly string[])[];
  may: (text: string) => boolean;
}
/** Every gate made, for the check script. */
export const GATES: Gate[] = [];

/** Whether `re` may match `text`: false only when the text is ASCII and some group has none of its words in it. */
export function needs(re: RegExp, ...groups: string[][]): (text: string) => boolean {
  const may = (text: string) => {
    const lower = asciiLower(text);
    if (lower === null) return true;
    for (const group of groups) {
      let found = false;
      for (let i = 0; i < group.length && !found; i++) found = lower.includes(group[i]!);
      if (!found) return false;
    }
    return true;
  };
  GATES.push({ re, groups, may });
  return may;
}
