import { scanSafety } from '../classifier/safety-guard.ts';

/**
 * Where a mail's sign-off starts, for mail that has no "--" delimiter: a closing line ("Thanks again
 * for all your help,", "Best regards", "Saludos") followed by a few short lines (name, title, phone,
 * address), or, with no closing line, a trailing block of contact lines. Measured on the 1,751 mails
 * of data/corpus (test/triage/mail-signature.test.ts).
 */

const CLOSING_WORDS =
  "thanks|thank you|thank u|thx|many thanks|much appreciated|appreciate it|(?:kind|best|warm|warmest|many) regards|regards|best wishes|best|all the best|sincerely|yours(?: truly| sincerely)?|respectfully|cheers|take care|have a (?:good|great|nice) (?:day|weekend)|saludos(?: cordiales)?|un saludo|atentamente|gracias|muchas gracias|cordialement|merci";
// The closing words, then only words that keep it a closing ("again", "in advance", "for your help"): no clause of news.
const CLOSING = new RegExp(`^(?:${CLOSING_WORDS})(?:\\s+(?:again|so much|very much|a lot|in advance|for (?:[\\w'’-]+ ){0,6}[\\w'’-]+))*\\s*[,.!:;-]*\\s*$`, 'i');
const CONTACT = [
  /(?:\+?\d[\d\s().-]{7,}\d)/, // phone or fax
  /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+/, // e-mail (from the start of a word only: a long run is not tried again from each of its characters)
  /\b(?:https?:\/\/|www\.)\S+/i, // web
  /^\d+\s+[\w\s.]+\b(?:street|st|avenue|ave|road|rd|blvd|boulevard|lane|ln|drive|dr|way|court|ct|suite|ste)\b/i, // street
  /,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?$/, // city, ST 12345
  /^(?:phone|tel|mobile|cell|fax|email|e-mail|web)\s*[:|]/i,
];
const MAX_SIGNATURE_LINES = 8;
const MAX_SIGNATURE_LINE = 80;

const isContact = (line: string) => CONTACT.some((re) => re.test(line));
// A name, a title, a company or contact details: short, no question, not a sentence.
const isSignatureLine = (line: string) =>
  line.length <= MAX_SIGNATURE_LINE && !line.includes('?') && (isContact(line) || (!/[.!]\s+\S|[.!:]$/.test(line) && line.split(/\s+/).length <= 8));

/** The index of the first line of the sign-off, or -1. Blank lines are ignored; `lines` are trimmed. */
function signatureStart(lines: readonly string[]): number {
  const content = lines.map((line, index) => ({ line, index })).filter((l) => l.line.length > 0);
  if (content.length < 2) return -1;
  const tail = content.slice(-(MAX_SIGNATURE_LINES + 1));
  for (let i = 0; i < tail.length; i++) {
    if (!CLOSING.test(tail[i]!.line)) continue;
    const after = tail.slice(i + 1);
    if (after.every((l) => isSignatureLine(l.line)) && tail[i]!.index > content[0]!.index) return tail[i]!.index;
  }
  // No closing line: a block of name/title lines that ends in contact details (two or more of them).
  let start = content.length;
  while (start > 1 && isSignatureLine(content[start - 1]!.line) && content.length - start < MAX_SIGNATURE_LINES) start--;
  const block = content.slice(start);
  const contacts = block.filter((l) => isContact(l.line)).length;
  return contacts >= 2 && isContact(block.at(-1)!.line) ? block[0]!.index : -1;
}

/**
 * Drops the sign-off of a mail. Never drops words the safety guard would act on: a sign-off that
 * carries a safety signal stays (a missed adverse-event report is the worst error).
 */
export function stripSignature(text: string): string {
  const lines = text.split('\n');
  const start = signatureStart(lines.map((l) => l.trim()));
  if (start <= 0) return text;
  const dropped = lines.slice(start).join('\n');
  if (scanSafety(dropped).fired) return text;
  const kept = lines.slice(0, start).join('\n').trim();
  return kept.length > 0 ? kept : text;
}
