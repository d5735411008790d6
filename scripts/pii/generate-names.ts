/**
 * Writes the name-focused PII sets with a fixed seed: data/pii/dev-names (the development set the
 * redactor is tuned on), data/pii/dev-names-2 (a second development set, issue #14's phrasings) and data/pii/holdout-v2 (written before any result on it was seen, measured
 * once, never tuned on): `npx node scripts/pii/generate-names.ts`. Voice transcripts are lower case
 * without punctuation; chat messages are typed, half of them with capitals.
 */
import { join } from 'node:path';
import { createRng, type Rng } from './random.ts';
import type { Part } from './pieces.ts';
import { assemble, spokenStyle, writeChannels, type Channel, type PiiRecord } from './assemble.ts';
import { namePieces, type NameLists, type NameTemplate } from './names-pieces.ts';
import { DEV_ENGLISH, DEV_LISTS, DEV_SPANISH } from './names-dev.ts';
import { DEV2_ENGLISH, DEV2_LISTS, DEV2_SPANISH } from './names-dev2.ts';
import { HOLDOUT_V2_ENGLISH, HOLDOUT_V2_LISTS, HOLDOUT_V2_SPANISH } from './names-holdout-v2.ts';

const capital = (s: string) => s.replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/** A chat message typed with capitals: names, towns and the first letter. */
function typedStyle(parts: Part[]): Part[] {
  return parts.map((part, i) => {
    if (typeof part === 'string') return i === 0 ? part.replace(/^\p{L}/u, (c) => c.toUpperCase()) : part;
    if ('trap' in part && part.trap === 'word') return part;
    // A name spelled out stays as typed ("l o p e z").
    if (/^\p{L}( \p{L})+$/u.test(part.text)) return part;
    return { ...part, text: capital(part.text) };
  });
}

interface Plan { channel: Channel; english: number; spanish: number }

function generate(seed: number, plan: Plan[], lists: NameLists, en: NameTemplate[], es: NameTemplate[], prefix: string): PiiRecord[] {
  const rng: Rng = createRng(seed);
  const n = namePieces(rng, lists);
  const records: PiiRecord[] = [];
  for (const { channel, english, spanish } of plan) {
    for (let i = 0; i < english + spanish; i++) {
      const spanishText = i >= english;
      const templates = spanishText ? es : en;
      let parts = templates[i % templates.length]!(rng, n);
      if (channel === 'voice') parts = spokenStyle(rng, parts, spanishText);
      else if (channel === 'mail' || rng.chance(0.5)) parts = typedStyle(parts);
      records.push(assemble(`${prefix}${channel}-${spanishText ? 'es' : 'en'}-${String(i).padStart(3, '0')}`, channel, spanishText ? 'es' : 'en', parts));
    }
  }
  return records;
}

const OUT = join(import.meta.dirname, '../../data/pii');
const DEV_PLAN: Plan[] = [{ channel: 'voice', english: 140, spanish: 28 }, { channel: 'chat', english: 70, spanish: 14 }];
writeChannels(join(OUT, 'dev-names'), generate(1401, DEV_PLAN, DEV_LISTS, DEV_ENGLISH, DEV_SPANISH, 'dev-names-'), ['voice', 'chat']);
const HOLDOUT_V2_PLAN: Plan[] = [{ channel: 'voice', english: 120, spanish: 30 }, { channel: 'chat', english: 60, spanish: 15 }];
writeChannels(join(OUT, 'holdout-v2'), generate(2035, HOLDOUT_V2_PLAN, HOLDOUT_V2_LISTS, HOLDOUT_V2_ENGLISH, HOLDOUT_V2_SPANISH, 'holdout-v2-'), ['voice', 'chat']);
// Written after the second holdout's measurement: a development set too (scripts/pii/names-dev2.ts).
const DEV2_PLAN: Plan[] = [{ channel: 'voice', english: 76, spanish: 16 }, { channel: 'chat', english: 76, spanish: 16 }, { channel: 'mail', english: 38, spanish: 8 }];
writeChannels(join(OUT, 'dev-names-2'), generate(1402, DEV2_PLAN, DEV2_LISTS, DEV2_ENGLISH, DEV2_SPANISH, 'dev-names-2-'), ['voice', 'chat', 'mail']);
