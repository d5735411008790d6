/**
 * Writes the labelled PII set, data/pii/<channel>.jsonl, from templates and value lists with a fixed
 * seed, so every span is exact and every run gives the same files: `node scripts/pii/generate.ts`.
 * Each record: { id, channel, language, text, spans: [{ kind, start, end, text }], traps: [...] }.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng, type Rng } from './random.ts';
import * as P from './pieces.ts';
import type { Part, Style } from './pieces.ts';
import { ENGLISH, SPANISH, type Template } from './templates.ts';
import { HOLDOUT_ENGLISH, HOLDOUT_SPANISH, useHoldoutValues } from './holdout.ts';

type Channel = 'chat' | 'voice' | 'mail' | 'api';
interface Labelled { kind: string; start: number; end: number; text: string }
export interface PiiRecord { id: string; channel: Channel; language: 'en' | 'es'; text: string; spans: Labelled[]; traps: Labelled[] }

const PLAN: Array<[Channel, number, number]> = [
  // channel, English messages, Spanish messages
  ['chat', 130, 30],
  ['voice', 150, 30],
  ['mail', 100, 20],
  ['api', 70, 10],
];
const SUBJECTS = ['Refill question', 'Problem with my order', 'Side effects', 'Address change', 'Billing', 'Re: your prescription', 'Urgent', 'Insurance denied'];
const ES_SUBJECTS = ['Consulta de receta', 'Problema con mi pedido', 'Efectos secundarios', 'Cambio de dirección'];

/** Voice transcripts: lower case, no punctuation, the odd filler word. */
function spokenStyle(rng: Rng, parts: Part[], es: boolean): Part[] {
  const out: Part[] = [rng.pick(es ? ['', 'sí hola ', 'eh buenos días ', 'bueno '] : ['', 'yes hi ', 'uh hi ', 'hello um ', 'yeah so '])];
  for (const part of parts) {
    if (typeof part === 'string') out.push(part.toLowerCase().replace(/[.,!?:;]/g, ''));
    else out.push({ ...part, text: part.text.toLowerCase() } as Part);
  }
  return out;
}

function mailStyle(rng: Rng, parts: Part[], style: Style): Part[] {
  const es = style === 'es';
  const head = [`Subject: ${rng.pick(es ? ES_SUBJECTS : SUBJECTS)}\n\n${rng.pick(es ? ['Hola,', 'Buenos días,', 'Estimados:'] : ['Hello,', 'Hi team,', 'To whom it may concern,', 'Good morning,'])}\n\n`];
  const sign: Part[] = rng.chance(0.6) ? [`\n\n${rng.pick(es ? ['Saludos,', 'Atentamente,', 'Gracias,'] : ['Regards,', 'Thanks,', 'Best,', 'Sincerely,', 'Thank you,'])}\n`, P.name(rng, style, rng.chance(0.7))] : ['\n\nSent from my iPhone'];
  return [...head, ...parts, ...sign];
}

function apiStyle(rng: Rng, parts: Part[]): Part[] {
  return rng.chance(0.4) ? ['portal message (client ', P.ip(rng), '): ', ...parts] : parts;
}

function assemble(id: string, channel: Channel, language: 'en' | 'es', parts: Part[]): PiiRecord {
  let text = '';
  const spans: Labelled[] = [];
  const traps: Labelled[] = [];
  for (const part of parts) {
    if (typeof part === 'string') {
      text += text.endsWith(' ') && part.startsWith(' ') ? part.slice(1) : part;
      continue;
    }
    // "the fourteenth of March": the article is no part of the identifier.
    const article = /^(?:the|el) /i.exec(part.text)?.[0].length ?? 0;
    const start = text.length + article;
    text += part.text;
    const label = { kind: 'pii' in part ? part.pii : part.trap, start, end: text.length, text: part.text.slice(article) };
    ('pii' in part ? spans : traps).push(label);
  }
  if (/ {2}/.test(text)) throw new Error(`double space in ${id}: ${text}`);
  return { id, channel, language, text, spans, traps };
}

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

function write(dir: string, records: PiiRecord[]) {
  mkdirSync(dir, { recursive: true });
  for (const [channel] of PLAN) {
    const lines = records.filter((r) => r.channel === channel).map((r) => JSON.stringify(r));
    writeFileSync(join(dir, `${channel}.jsonl`), `${lines.join('\n')}\n`);
  }
  console.log(`${records.length} messages, ${records.reduce((n, r) => n + r.spans.length, 0)} identifiers, ${records.reduce((n, r) => n + r.traps.length, 0)} traps -> ${dir}`);
}

const OUT = join(import.meta.dirname, '../../data/pii');
write(OUT, generate(20261206, PLAN, { en: ENGLISH, es: SPANISH }));
// The holdout: other templates and other names, streets and towns (see holdout.ts).
useHoldoutValues();
const HOLDOUT_PLAN: typeof PLAN = [['chat', 36, 9], ['voice', 48, 12], ['mail', 24, 6], ['api', 24, 3]];
write(join(OUT, 'holdout'), generate(7, HOLDOUT_PLAN, { en: HOLDOUT_ENGLISH, es: HOLDOUT_SPANISH }, 'holdout-'));
