/**
 * Over-redaction on text this project did not write for the redactor: the classifier corpus
 * (data/corpus, several independent writers, no PII labels). Drug names, doses and onset dates are
 * found by pattern and must all stay readable; those the redactor masks are counted.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findPii } from '../../src/observability/redact.ts';
import { DRUG_NAMES } from '../../src/safety-intake/product-names.ts';

const ROOT = join(import.meta.dirname, '../../data/corpus');
const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
export const TRAP_PATTERNS: Record<string, RegExp> = {
  drug: new RegExp(String.raw`\b(?:${DRUG_NAMES.join('|')})\b`, 'gi'),
  dose: /\b\d+(?:\.\d+)?\s?(?:mg|mcg|ml|units?|tablets?|pills?|capsules?|puffs?)\b(?:\s+(?:once|twice|three times|every \d+ hours?|a day|daily|at (?:night|bedtime)))*/gi,
  onset_date: new RegExp(String.raw`\b(?:since|on|started|starting|from)\s+(?:(?:${MONTH})\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\b`, 'gi'),
};

function corpusTexts(): string[] {
  const files = [...readdirSync(ROOT).filter((f) => f.endsWith('.jsonl')).map((f) => join(ROOT, f)), ...readdirSync(join(ROOT, 'extra')).filter((f) => f.endsWith('.jsonl')).map((f) => join(ROOT, 'extra', f))];
  const seen = new Set<string>();
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const text = (JSON.parse(line) as { text?: string }).text;
      if (typeof text === 'string') seen.add(text);
    }
  }
  return [...seen];
}

export function corpusTraps(): { messages: number; rows: Array<{ kind: string; masked: number; total: number; examples: string[] }> } {
  const texts = corpusTexts();
  const rows = Object.entries(TRAP_PATTERNS).map(([kind]) => ({ kind, masked: 0, total: 0, examples: [] as string[] }));
  for (const text of texts) {
    const found = findPii(text);
    for (const row of rows) {
      for (const m of text.matchAll(TRAP_PATTERNS[row.kind]!)) {
        row.total++;
        const [start, end] = [m.index, m.index + m[0].length];
        if (found.some((f) => f.start < end && start < f.end)) {
          row.masked++;
          if (row.examples.length < 10) row.examples.push(`${m[0]} :: ${text.slice(Math.max(0, start - 60), end + 40).replace(/\n/g, ' ')}`);
        }
      }
    }
  }
  return { messages: texts.length, rows };
}
