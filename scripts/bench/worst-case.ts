import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadTree } from './tree.ts';
import { parseMail } from '../../src/http/channels/mail.ts';

/**
 * `node scripts/bench/worst-case.ts [chars]`: the text rules on hostile input. Builds messages of
 * `chars` (default 5,000 = MAX_MESSAGE_CHARS) characters from one unit repeated (a word, a cue word of
 * the guard, "i ", "for ", spaces, commas, digits, apostrophes, dots, emoji, combining marks, a long
 * word, spoken digits, names and titles...) and times each stage on it once: triage (the whole
 * classify answer), the guard (scanSafety), findPii, and the second stage (local classify). The
 * ordinary cost is the median over messages of the same length made by joining corpus messages.
 * A stage over 20x its ordinary cost on a hostile message is a finding. Last, a 1 MiB mail goes
 * through the mail route's text path (parseMail, then normaliseMessage before the length check).
 * Times are wall-clock milliseconds on a shared machine: read the ratios, not the last digit.
 */
const chars = Number(process.argv[2] ?? 5_000);
const root = resolve(import.meta.dirname, '../..');
const { service, local, normaliseMessage, scanSafety, findPii } = await loadTree(root);

const fill = (unit: string, length = chars) => {
  let s = unit.repeat(Math.ceil(length / unit.length));
  // Cut on a code point, never inside a surrogate pair.
  s = [...s].slice(0, length).join('');
  return s.length > length ? [...s].slice(0, length - (s.length - length)).join('') : s;
};

const UNITS: Record<string, string> = {
  'a': 'a',
  'A': 'A',
  'a-': 'a-',
  'nop-': 'nop-',
  'i ': 'i ',
  'I ': 'I ',
  'for ': 'for ',
  'the ': 'the ',
  'my ': 'my ',
  'not ': 'not ',
  'and ': 'and ',
  'after ': 'after ',
  'since ': 'since ',
  'took ': 'took ',
  'rash ': 'rash ',
  'side effects ': 'side effects ',
  'i took it and got a rash ': 'i took it and got a rash ',
  'cue alternation': 'took after rash since started side effect dizzy hospital wrong dose my son pill ',
  'can you please ': 'can you please ',
  'i want to ': 'i want to ',
  'spaces': ' ',
  'tabs': '\t',
  'newlines': '\n',
  'blank lines': '\n \n',
  'commas': ',',
  ', ': ', ',
  'digits': '1',
  'digits spaced': '1 ',
  'digit groups': '555-',
  'dots': '.',
  '. ': '. ',
  'a.': 'a.',
  '!': '!',
  '?': '?',
  '!\\t': '!\t',
  'apostrophes': "'",
  "i'm ": "i'm ",
  'curly apostrophes': '’',
  'hyphens': '-',
  'slashes': '/',
  'at signs': '@',
  'a@b.': 'a@b.',
  'emoji': '😀',
  'emoji spaced': '😀 ',
  'combining marks': 'e\u0301',
  'combining only': '\u0301',
  'long word': 'x',
  'long word caps': 'X',
  'long word mixed': 'Ab',
  'spoken digits': 'one two three ',
  'spoken digit five': 'five ',
  'oh oh': 'oh ',
  'Maria ': 'Maria ',
  'Maria Lopez, ': 'Maria Lopez, ',
  'MARIA ': 'MARIA ',
  'Dr. ': 'Dr. ',
  'Dr. Smith ': 'Dr. Smith ',
  'Mr Mrs ': 'Mr Mrs ',
  'my name is ': 'my name is ',
  'this is ': 'this is ',
  'my son ': 'my son ',
  'Capital Words ': 'Capital Words ',
  '12 Oak Street ': '12 Oak Street ',
  'street street ': 'street ',
  '10 mg ': '10 mg ',
  'mg': 'mg',
  'year old ': 'year old ',
  'v-induced ': 'v-induced ',
  'xb-': 'xb-',
  'is p a ': 'is p a ',
};

// A run broken at its end: the shape recheck's attacks take for a pattern like /[.!]+$/ (each start of
// the run scans it to the end, then fails), and what the reports of scripts/regex/check.ts name.
const BROKEN_RUNS: Record<string, string> = {
  '!!!…x!': `${fill('!', chars - 2)}x!`,
  '...…x': `${fill('.', chars - 1)}x`,
  'tabs…x': `${fill('\t', chars - 1)}\u0000`,
  'spaces…x': `${fill(' ', chars - 1)}x`,
  'newlines…x': `${fill('\n', chars - 1)}x`,
  'Ann + tabs + & + Bo': `Ann${fill('\t', chars - 8)}, Bo`,
  'no stop then !?': `${fill('a', chars - 3)}!a?`,
  '[[[…': fill('['),
  'May May': fill('May '),
  'Will Will': fill('Will '),
};

const stages = {
  triage: async (text: string) => service.triage({ request_id: 'w', message: text, channel: 'chat', received_at: new Date('2026-12-07T10:00:00Z') }),
  guard: async (text: string) => scanSafety(normaliseMessage(text, 'chat')),
  findPii: async (text: string) => findPii(text),
  'second stage': async (text: string) => local.classify({ text: normaliseMessage(text, 'chat'), channel: 'chat' }),
};
type Stage = keyof typeof stages;
const time = async (run: () => Promise<unknown>) => {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
};

// Ordinary messages of the same length: corpus texts joined until `chars`.
const corpus = readFileSync(resolve(root, 'data/corpus/test.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => (JSON.parse(l) as { text: string }).text);
const ordinary: string[] = [];
for (let k = 0; k < 15; k++) {
  let s = '';
  for (let i = k * 37; s.length < chars; i++) s += `${corpus[i % corpus.length]} `;
  ordinary.push(s.slice(0, chars));
}
for (const text of ordinary.slice(0, 3)) for (const run of Object.values(stages)) await run(text); // warm up
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const base = {} as Record<Stage, number>;
for (const [name, run] of Object.entries(stages) as Array<[Stage, (t: string) => Promise<unknown>]>) {
  const xs: number[] = [];
  for (const text of ordinary) xs.push(await time(() => run(text)));
  base[name] = median(xs);
}

const rows: Array<{ input: string } & Record<Stage, number>> = [];
const inputs: Array<[string, string]> = [...Object.entries(UNITS).map(([name, unit]): [string, string] => [name, fill(unit)]), ...Object.entries(BROKEN_RUNS)];
for (const [name, text] of inputs) {
  const row = { input: name } as { input: string } & Record<Stage, number>;
  for (const [stage, run] of Object.entries(stages) as Array<[Stage, (t: string) => Promise<unknown>]>) row[stage] = await time(() => run(text));
  rows.push(row);
  process.stderr.write('.');
}
process.stderr.write('\n');

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const names = Object.keys(stages) as Stage[];
const lines = [`Text rules on hostile input, ${chars} characters (ms, wall clock; ratio to the ordinary median)`, ''];
lines.push(`ordinary (median of ${ordinary.length} joined corpus messages): ${names.map((s) => `${s} ${fmt(base[s])}`).join(', ')}`, '');
lines.push('slowest hostile input per stage:');
const findings: string[] = [];
for (const s of names) {
  const worst = [...rows].sort((a, b) => b[s] - a[s]).slice(0, 3);
  lines.push(`  ${s.padEnd(13)} ${worst.map((r) => `${JSON.stringify(r.input)} ${fmt(r[s])} (${(r[s] / base[s]).toFixed(1)}x)`).join(', ')}`);
  for (const r of rows) if (r[s] > 20 * base[s] && r[s] > 5) findings.push(`  ${s}: ${JSON.stringify(r.input)} ${fmt(r[s])} ms = ${(r[s] / base[s]).toFixed(0)}x`);
}

// The mail route's text path on 1 MiB bodies: parse, then normalise (the length check comes after).
lines.push('');
for (const [name, body] of [
  ['sentences', fill('i took it and got a rash, call me at 555 201 3344. ', 1_048_000)],
  // (parseMail refuses a body of blank lines alone.)
  ['blank lines then a word', `${fill('\n', 1_048_000)}x`],
  ['quoted lines', fill('> a\n\n', 1_048_000)],
] as const) {
  const raw = Buffer.from(`From: a@example.com\r\nTo: b@example.com\r\nSubject: ${fill('Maria ', 900)}\r\nMessage-ID: <w@x>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}`);
  let mailText = '';
  const parseMs = await time(async () => {
    const mail = await parseMail(raw);
    mailText = mail.subject ? `${mail.subject}\n\n${mail.body}` : mail.body;
  });
  const normaliseMs = await time(async () => normaliseMessage(mailText, 'mail'));
  lines.push(`mail route text path, ${(raw.length / 1024).toFixed(0)} KiB of ${name}: parseMail ${fmt(parseMs)} ms, normaliseMessage ${fmt(normaliseMs)} ms`);
}
lines.push('', findings.length === 0 ? 'findings (over 20x ordinary and over 5 ms): none' : `findings (over 20x ordinary and over 5 ms):\n${findings.join('\n')}`);
process.stdout.write(`${lines.join('\n')}\n`);
