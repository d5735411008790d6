/**
 * `npm run pii:real -- --snapshots /work/.mirror`: rebuilds the real-text name sets
 * data/pii/real-names-dev and data/pii/real-names-test from a git snapshot of the WNUT-17 Emerging
 * Entities corpus (github.com/leondz/emerging_entities_17, CC BY 4.0, Derczynski, Nichols, van Erp and
 * Limsopatham 2017): tweets, Reddit, YouTube and Stack Overflow comments written by people, labelled for
 * person, location, group, creative work, corporation and product by crowd annotators and adjudicators.
 *
 * Every document of the three annotated files (train, dev, test) that holds a person span is kept, and
 * one in five of the others (chosen by a hash of the document's place, so the same ones every time) for
 * over-redaction; duplicate texts are dropped. A person span becomes a `name` identifier; the other
 * entity kinds become traps (their words are not identifiers: masking them is over-redaction); web
 * addresses and @handles are labelled `url` and `handle`, identifiers the annotators left unlabelled. The
 * tokens are joined back into text by fixed rules (no space before closing punctuation, contractions
 * rejoined, HTML entities decoded). Half of the documents (by another hash bit) go
 * to the DEV set, whose misses may be read; the other half to the TEST set, of which only aggregates
 * are read. The same snapshot gives the same bytes on every run.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { writeChannels, type Labelled, type PiiRecord } from './assemble.ts';

export const WNUT17 = {
  repo: 'leondz/emerging_entities_17',
  commit: 'e52a2d2a71ac1a051ca2d532eef28653c5c02603',
  files: [
    ['train', 'wnut17train.conll'],
    ['dev', 'emerging.dev.conll'],
    ['test', 'emerging.test.annotated'],
  ] as const,
};

export interface Token { text: string; label: string }

/** CoNLL text (token TAB label, a blank line between documents) into documents of tokens. */
export function parseConll(conll: string): Token[][] {
  const docs: Token[][] = [];
  let doc: Token[] = [];
  for (const line of conll.split('\n')) {
    const cells = line.split('\t');
    if (line.trim() === '' || cells.length < 2) {
      if (doc.length > 0) docs.push(doc);
      doc = [];
      continue;
    }
    doc.push({ text: cells[0]!, label: cells[1]!.trim() });
  }
  if (doc.length > 0) docs.push(doc);
  return docs;
}

const ENTITIES: Record<string, string> = { gt: '>', lt: '<', amp: '&', quot: '"' };
const CLOSING = /^(?:[,.!?;:%)\]}]+|\.\.\.+|…)$/;
const OPENING = /^[([{]$/;
const CONTRACTION = /^(?:s|m|t|d|re|ve|ll)$/i;

/**
 * Joins tokens back into a message and returns the character range of every token. Rules: "& gt ;"
 * is ">"; no space before closing punctuation or after an opening bracket; "I ' m", "Kremlin ' s"
 * and "wo n ' t" become "I'm", "Kremlin's", "won't".
 */
export function detokenize(tokens: readonly string[]): { text: string; ranges: Array<{ start: number; end: number }> } {
  let text = '';
  const ranges: Array<{ start: number; end: number }> = [];
  let glueNext = false;
  let quoteOpen = false;
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i]!;
    let glue = glueNext || text === '' || CLOSING.test(token);
    // "@ name" and "# tag": the tokeniser split a handle or a hashtag; a straight double quote opens and
    // closes in turn.
    glueNext = OPENING.test(token) || ((token === '@' || token === '#') && /^\w/.test(tokens[i + 1] ?? ''));
    if (token === '"') {
      if (quoteOpen) glue = true;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    }
    const entity = token === '&' && tokens[i + 2] === ';' ? ENTITIES[tokens[i + 1] ?? ''] : undefined;
    if (entity !== undefined) {
      // The entity stands for one character; its three tokens share its range.
      const start = text.length + (glue ? 0 : 1);
      text += (glue ? '' : ' ') + entity;
      for (let k = 0; k < 3; k++) ranges.push({ start, end: text.length });
      i += 2;
      continue;
    }
    // "n ' t": the n belongs to the word before ("wo n't" -> "won't"); "' s", "' m": the apostrophe too.
    if (token === 'n' && tokens[i + 1] === "'" && tokens[i + 2]?.toLowerCase() === 't') glue = true;
    if (token === "'" && CONTRACTION.test(tokens[i + 1] ?? '') && i > 0) {
      glue = true;
      glueNext = true;
    }
    // "&lt;", "&quot;": an entity the source left escaped in one token is its character too.
    token = token.replace(/&(gt|lt|amp|quot);/g, (_, name: string) => ENTITIES[name]!);
    if (token === '') token = '_';
    const start = text.length + (glue ? 0 : 1);
    text += (glue ? '' : ' ') + token;
    ranges.push({ start, end: text.length });
  }
  return { text, ranges };
}

/** Spans of the BIO labels: `person` as the identifier `name`, every other kind kept by its name. */
export function entitySpans(tokens: readonly Token[], text: string, ranges: ReadonlyArray<{ start: number; end: number }>): Labelled[] {
  const spans: Labelled[] = [];
  const open: Array<{ kind: string; start: number; end: number }> = [];
  const close = () => {
    const o = open.pop();
    if (o) spans.push({ kind: o.kind === 'person' ? 'name' : o.kind, start: o.start, end: o.end, text: text.slice(o.start, o.end) });
  };
  tokens.forEach((t, i) => {
    const m = /^([BI])-([\w-]+)$/.exec(t.label);
    if (!m) return close();
    const r = ranges[i]!;
    const current = open[0];
    if (m[1] === 'I' && current !== undefined && current.kind === m[2]) current.end = r.end;
    else {
      close();
      open.push({ kind: m[2]!, start: r.start, end: r.end });
    }
  });
  close();
  return spans;
}

const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s"<>]+/gi;
const HANDLE = /(?<![\p{L}\p{N}_.@/])@[A-Za-z0-9_]{2,30}(?![\p{L}\p{N}_@]|\.[A-Za-z])/gu;

/**
 * Web addresses and social media handles the annotators left unlabelled (WNUT-17 labels a handle as a
 * person in some documents, not in others): both identify someone (a profile address, an account's name),
 * so they are labelled `url` and `handle` here and masking them is not counted as over-redaction; names
 * recall counts only the annotators' person spans. Those inside an entity span are left to it.
 */
export function webAddresses(text: string, labels: readonly Labelled[]): Labelled[] {
  const out: Labelled[] = [];
  for (const [re, kind] of [[WEB_ADDRESS, 'url'], [HANDLE, 'handle']] as const) {
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].replace(/[.,!?:;)…]+$/, '').length;
      if ([...labels, ...out].some((l) => l.start < end && m.index < l.end)) continue;
      out.push({ kind, start: m.index, end, text: text.slice(m.index, end) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** FNV-1a, 32 bits: a fixed hash for the sample and the split. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}

export interface RealNameSets { dev: PiiRecord[]; test: PiiRecord[] }

/** Builds both halves from the files' texts (keyed by the part name: train, dev, test). */
export function buildRealNameSets(read: (path: string) => string): RealNameSets {
  const out: RealNameSets = { dev: [], test: [] };
  const seen = new Set<string>();
  for (const [part, path] of WNUT17.files) {
    parseConll(read(path)).forEach((tokens, index) => {
      const { text, ranges } = detokenize(tokens.map((t) => t.text));
      const labels = entitySpans(tokens, text, ranges);
      const names = labels.filter((l) => l.kind === 'name');
      const spans = [...names, ...webAddresses(text, labels)].sort((a, b) => a.start - b.start);
      const key = `${part}:${index}`;
      const h = fnv1a(key);
      if (names.length === 0 && h % 5 !== 0) return;
      if (seen.has(text)) return;
      seen.add(text);
      const half = (h >>> 8) % 2 === 0 ? 'dev' : 'test';
      const id = `wnut17-${part}-${String(index).padStart(4, '0')}`;
      out[half].push({ id, channel: 'chat', language: 'en', text, spans, traps: labels.filter((l) => l.kind !== 'name') });
    });
  }
  return out;
}

function gitReader(snapshots: string): (path: string) => string {
  const gitDir = join(snapshots, WNUT17.repo.replace('/', '+'), 'repo');
  return (path) => execFileSync('git', ['--git-dir', gitDir, 'show', `${WNUT17.commit}:${path}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

if (import.meta.main) {
  const at = process.argv.indexOf('--snapshots');
  const snapshots = at >= 0 ? process.argv[at + 1]! : '/work/.mirror';
  const sets = buildRealNameSets(gitReader(snapshots));
  // `--out DIR` writes elsewhere than data/pii (the test compares a rebuild with the committed files).
  const out = process.argv.indexOf('--out');
  const root = out >= 0 ? process.argv[out + 1]! : join(import.meta.dirname, '../../data/pii');
  writeChannels(join(root, 'real-names-dev'), sets.dev, ['chat']);
  writeChannels(join(root, 'real-names-test'), sets.test, ['chat']);
}
