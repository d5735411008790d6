import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import type { Channel } from '../../src/domain.ts';
import { extractCaseFacts, extractSeriousnessFacts } from '../../src/safety-intake/extract.ts';
import { normaliseMessage } from '../../src/triage/normalise.ts';

const corpus = (file: string) =>
  readFileSync(join(import.meta.dirname, '..', '..', 'data', 'corpus', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id: string; text: string; channel?: Channel });

describe('seriousness facts without the full extraction (what the intake reads when the LLM facts win)', () => {
  it('when any corpus message is read, then seriousness and subtype equal those of the full case facts', () => {
    const messages = [...corpus('test.jsonl'), ...corpus('safety-facts.jsonl')];
    expect(messages.length).toBeGreaterThan(500);
    for (const { id, text, channel } of messages) {
      const normalised = normaliseMessage(text, channel ?? 'chat');
      const scan = scanSafety(normalised);
      const full = extractCaseFacts(normalised, scan);
      expect(extractSeriousnessFacts(normalised, scan, true), id).toEqual({ seriousness: full.seriousness, subtype: full.subtype });
      expect(extractSeriousnessFacts(normalised, scan, false), id).toEqual({ seriousness: full.seriousness });
    }
  });
});
