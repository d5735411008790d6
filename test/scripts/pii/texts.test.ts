import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readTexts } from '../../../scripts/pii/texts.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the PII scripts read the corpus texts', () => {
  it('when a folder holds an eval-only set, then its texts are never read (evaluation only, not to be printed)', () => {
    root = mkdtempSync(join(tmpdir(), 'careroute-texts-'));
    mkdirSync(join(root, 'real', 'train'), { recursive: true });
    mkdirSync(join(root, 'eval-only'));
    writeFileSync(join(root, 'real', 'train', 'a.jsonl'), `${JSON.stringify({ text: 'refill please' })}\n\n${JSON.stringify({ text: 'refill please' })}\n`);
    writeFileSync(join(root, 'eval-only', 'b.jsonl'), `${JSON.stringify({ text: 'a held text' })}\n`);
    writeFileSync(join(root, 'top.jsonl'), `${JSON.stringify({ text: 'what are your hours' })}\n`);
    expect([...readTexts(root)].sort()).toEqual(['refill please', 'what are your hours']);
  });
});
