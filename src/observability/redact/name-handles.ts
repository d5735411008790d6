import type { PiiSpan } from './kinds.ts';
import { NOT_A_NAME, isKnownWord } from './lexicon.ts';

/**
 * A social media handle, "@rosie_82", "RT @dkowalczyk:": an account's name, which identifies its holder as a name
 * does. Not the "@" of an e-mail address (a letter, digit or dot before it: "ana@gmail.com"), nor "@" for "at"
 * before a word, a firm, a pharmacy or a time ("meet me @ home", "@home", "@CVS", "@1202PM").
 */
const HANDLE = /(?<![\p{L}\p{N}_.@/])@([A-Za-z0-9_]{2,30})(?![\p{L}\p{N}_@]|\.[A-Za-z])/gu;

export function findHandles(text: string): PiiSpan[] {
  if (!text.includes('@')) return [];
  const spans: PiiSpan[] = [];
  for (const m of text.matchAll(HANDLE)) {
    const key = m[1]!.toLowerCase();
    if (NOT_A_NAME.has(key) || isKnownWord(key) || /^\d/.test(key)) continue;
    spans.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
