/**
 * Writes the labelled PII set, data/pii/<channel>.jsonl, from templates and value lists with a fixed
 * seed, so every span is exact and every run gives the same files: `node scripts/pii/generate.ts`.
 * Each record: { id, channel, language, text, spans: [{ kind, start, end, text }], traps: [...] }.
 */
import { join } from 'node:path';
import { createRng } from './random.ts';
import type { Style } from './pieces.ts';
import { apiStyle, assemble, mailStyle, spokenStyle, writeChannels, type Channel, type PiiRecord } from './assemble.ts';
import { ENGLISH, SPANISH, type Template } from './templates.ts';
import { HOLDOUT_ENGLISH, HOLDOUT_SPANISH, useHoldoutValues } from './holdout.ts';

const PLAN: Array<[Channel, number, number]> = [
  // channel, English messages, Spanish messages
  ['chat', 130, 30],
  ['voice', 150, 30],
  ['mail', 100, 20],
  ['api', 70, 10],
];

export type { PiiRecord } from './assemble.ts';

function generate(seed: number, plan: typeof PLAN, sets: { en: Template[]; es: Template[] }, prefix = ''): PiiRecord[] {
  const rng = createRng(seed);
  const records: PiiRecord[] = [];
  for (const [channel, english, spanish] of plan) {
    for (let i = 0; i < english + spanish; i++) {
      const es = i >= english;
      const templates: Template[] = es ? sets.es : sets.en;
      const style: Style = es ? 'es' : channel === 'voice' ? 'spoken' : 'written';
      let parts = templates[i % templates.length]!(rng, style);
      if (channel === 'voice') parts = spokenStyle(rng, parts, es);
      else if (channel === 'mail') parts = mailStyle(rng, parts, style);
      else if (channel === 'api') parts = apiStyle(rng, parts);
      records.push(assemble(`${prefix}${channel}-${es ? 'es' : 'en'}-${String(i).padStart(3, '0')}`, channel, es ? 'es' : 'en', parts));
    }
  }
  return records;
}

const write = (dir: string, records: PiiRecord[]) => writeChannels(dir, records, PLAN.map(([channel]) => channel));

const OUT = join(import.meta.dirname, '../../data/pii');
write(OUT, generate(20261206, PLAN, { en: ENGLISH, es: SPANISH }));
// The holdout: other templates and other names, streets and towns (see holdout.ts).
useHoldoutValues();
const HOLDOUT_PLAN: typeof PLAN = [['chat', 36, 9], ['voice', 48, 12], ['mail', 24, 6], ['api', 24, 3]];
write(join(OUT, 'holdout'), generate(7, HOLDOUT_PLAN, { en: HOLDOUT_ENGLISH, es: HOLDOUT_SPANISH }, 'holdout-'));
