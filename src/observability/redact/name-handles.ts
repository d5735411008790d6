import type { PiiSpan } from './kinds.ts';
import { NOT_A_NAME, isKnownWord } from './lexicon.ts';

/**
 * A social media handle, "@rosie_82", "RT @dkowalczyk:": an account's name, which identifies its holder as a name
 * does. Not the "@" of an e-mail address (a letter, digit or dot before it: "ana@gmail.com"), nor "@" for "at"
 * before a word, a firm, a pharmacy or a time ("meet me @ home", "@home", "@CVS", "@1202PM"); an everyday word is an account's
 * name after "RT" or before a colon ("RT @Patriots:"), and a handle the source's tokeniser split at its underscore is
 * masked whole ("@Black _ Gandalf"); digits then letters are a handle ("@6yaya9").
 */
const HANDLE = /(?<![\p{L}\p{N}_.@/])@([A-Za-z0-9_]{2,30})(?![\p{L}\p{N}_@]|\.[A-Za-z])/gu;

export function findHandles(text: string): PiiSpan[] {
  if (!text.includes('@')) return [];
  const spans: PiiSpan[] = [];
  for (const m of text.matchAll(HANDLE)) {
    const key = m[1]!.toLowerCase();
    const end = m.index + m[0].length;
    // "RT @Patriots:", "@Black _ Gandalf" (a handle the source's tokeniser split at its underscore): a word is an account there.
    // Only where the handle opens a word: "rediss://***@cache:6379" is a URL's host.
    const account = (m.index === 0 || /[\s("'[]/.test(text[m.index - 1]!)) && (/^(?::|[ \t]+_[ \t]+[A-Za-z0-9])/.test(text.slice(end, end + 4)) || /\bRT[ \t]+$/.test(text.slice(Math.max(0, m.index - 4), m.index)));
    // "@6yaya9": digits then letters; "@3pm", "@1202PM", "@10": a time or a number.
    const time = /^\d+(?:[ap]m?)?$/.test(key);
    if (NOT_A_NAME.has(key) || time || (!account && (isKnownWord(key) || /^\d/.test(key) && !/\d\p{L}{2}/u.test(key)))) continue;
    let stop = end;
    // The rest of a split handle: "@Black _ Gandalf".
    const tail = /^[ \t]+_[ \t]+[A-Za-z0-9]+/.exec(text.slice(end, end + 34));
    if (tail !== null) stop = end + tail[0].length;
    spans.push({ kind: 'name', start: m.index, end: stop });
  }
  return spans;
}
