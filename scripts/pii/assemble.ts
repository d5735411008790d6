/**
 * Turns template parts into labelled records (exact spans) and gives them a channel's style: voice
 * transcripts in lower case without punctuation, mail with a subject and a sign-off, portal messages
 * with the client's address. Shared by the generators of the PII sets.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rng } from './random.ts';
import * as P from './pieces.ts';
import type { Part, Style } from './pieces.ts';

export type Channel = 'chat' | 'voice' | 'mail' | 'api';
export interface Labelled { kind: string; start: number; end: number; text: string }
export interface PiiRecord { id: string; channel: Channel; language: 'en' | 'es'; text: string; spans: Labelled[]; traps: Labelled[] }

const SUBJECTS = ['Refill question', 'Problem with my order', 'Side effects', 'Address change', 'Billing', 'Re: your prescription', 'Urgent', 'Insurance denied'];
const ES_SUBJECTS = ['Consulta de receta', 'Problema con mi pedido', 'Efectos secundarios', 'Cambio de dirección'];

/** Voice transcripts: lower case, no punctuation, the odd filler word. */
export function spokenStyle(rng: Rng, parts: Part[], es: boolean): Part[] {
  const out: Part[] = [rng.pick(es ? ['', 'sí hola ', 'eh buenos días ', 'bueno '] : ['', 'yes hi ', 'uh hi ', 'hello um ', 'yeah so '])];
  for (const part of parts) {
    if (typeof part === 'string') out.push(part.toLowerCase().replace(/[.,!?:;]/g, ''));
    else out.push({ ...part, text: part.text.toLowerCase() } as Part);
  }
  return out;
}

export function mailStyle(rng: Rng, parts: Part[], style: Style): Part[] {
  const es = style === 'es';
  const head = [`Subject: ${rng.pick(es ? ES_SUBJECTS : SUBJECTS)}\n\n${rng.pick(es ? ['Hola,', 'Buenos días,', 'Estimados:'] : ['Hello,', 'Hi team,', 'To whom it may concern,', 'Good morning,'])}\n\n`];
  const sign: Part[] = rng.chance(0.6) ? [`\n\n${rng.pick(es ? ['Saludos,', 'Atentamente,', 'Gracias,'] : ['Regards,', 'Thanks,', 'Best,', 'Sincerely,', 'Thank you,'])}\n`, P.name(rng, style, rng.chance(0.7))] : ['\n\nSent from my iPhone'];
  return [...head, ...parts, ...sign];
}

export function apiStyle(rng: Rng, parts: Part[]): Part[] {
  return rng.chance(0.4) ? ['portal message (client ', P.ip(rng), '): ', ...parts] : parts;
}

export function assemble(id: string, channel: Channel, language: 'en' | 'es', parts: Part[]): PiiRecord {
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

/** Writes `records` as <dir>/<channel>.jsonl, one file per channel in `channels`. */
export function writeChannels(dir: string, records: PiiRecord[], channels: readonly Channel[]): void {
  mkdirSync(dir, { recursive: true });
  for (const channel of channels) {
    const lines = records.filter((r) => r.channel === channel).map((r) => JSON.stringify(r));
    if (lines.length > 0) writeFileSync(join(dir, `${channel}.jsonl`), `${lines.join('\n')}\n`);
  }
  console.log(`${records.length} messages, ${records.reduce((n, r) => n + r.spans.length, 0)} identifiers, ${records.reduce((n, r) => n + r.traps.length, 0)} traps -> ${dir}`);
}
