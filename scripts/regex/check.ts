import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collectRegexes, type FoundRegex } from './collect.ts';
import { captureBuiltRegexes } from './capture.ts';
import { REGEX_ALLOW_LIST, REGEX_SITES_READ_BY_HAND } from './allow-list.ts';
import { loadTree } from '../bench/tree.ts';

/**
 * `npm run check:regex [-- --timeout MS] [--out FILE]`: every regex of src/ through recheck (a ReDoS
 * checker: automata theory, then fuzzing where that is too costly), on its pure-JS backend (no JVM, no
 * native binary, no network). Regex literals are read from the parsed source; `new RegExp(...)` patterns
 * built from templates are read at run time (the modules are loaded with the global RegExp wrapped).
 * A sticky (y) pattern is checked anchored (^), as it only ever matches where it is put. Exits 1 when a regex is vulnerable (exponential or polynomial backtracking)
 * and not in scripts/regex/allow-list.ts, or when a constructor site could not be read at all.
 * "unknown" (the checker ran out of time) is reported, not failed: the dynamic check
 * (scripts/bench/worst-case.ts) measures those regexes' stages on hostile 5,000-character input.
 */
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
};
const timeoutMs = Number(option('--timeout', '250'));
const out = option('--out', '.reports/regex-worst-case.json');
const root = resolve(import.meta.dirname, '../..');

process.env.RECHECK_SYNC_BACKEND = 'pure';
const { checkSync } = createRequire(import.meta.url)('recheck') as typeof import('recheck');

const found = collectRegexes(join(root, 'src'), root);
// Patterns built at load (module constants) are read as the modules load; a site that builds its
// pattern per call from the message (a name, an echoed value) is in REGEX_SITES_READ_BY_HAND instead.
const built = await captureBuiltRegexes(root, async () => {
  await loadTree(root);
});

interface Row { file: string; line: number; kind: string; source: string; flags: string; status: string; complexity?: string; checker?: string; attack?: string; ms: number; allowed?: string }
const rows: Row[] = [];
const unread: FoundRegex[] = [];
const seen = new Set<string>();
const targets: Array<{ file: string; line: number; kind: string; source: string; flags: string }> = [];
for (const f of found) {
  if (f.source !== undefined && f.dynamic === undefined) {
    targets.push({ file: f.file, line: f.line, kind: f.kind, source: f.source, flags: f.flags });
    continue;
  }
  const at = built.filter((b) => b.file === f.file && b.line >= f.line && b.line <= f.endLine);
  if (at.length === 0 && !REGEX_SITES_READ_BY_HAND.some((h) => h.file === f.file && f.dynamic?.startsWith(h.call))) unread.push(f);
  for (const b of at) targets.push({ file: f.file, line: f.line, kind: 'built', source: b.source, flags: b.flags });
}
const started = performance.now();
for (const t of targets) {
  const key = `${t.file}\u0000${t.source}\u0000${t.flags}`;
  if (seen.has(key)) continue;
  seen.add(key);
  const t0 = performance.now();
  const source = t.flags.includes('y') ? `^(?:${t.source})` : t.source;
  const d = checkSync(source, t.flags.replace(/[gy]/g, ''), { timeout: timeoutMs });
  const row: Row = { ...t, status: d.status, checker: d.checker ?? undefined, ms: Math.round(performance.now() - t0) };
  if (d.status === 'vulnerable') {
    row.complexity = d.complexity.type;
    row.attack = d.attack.pattern;
    const allowed = REGEX_ALLOW_LIST.find((a) => a.file === t.file && a.source === t.source);
    if (allowed !== undefined) row.allowed = allowed.why;
  }
  rows.push(row);
}
const seconds = (performance.now() - started) / 1000;
const count = (s: string) => rows.filter((r) => r.status === s).length;
const failing = rows.filter((r) => r.status === 'vulnerable' && r.allowed === undefined);
const staleAllow = REGEX_ALLOW_LIST.filter((a) => !rows.some((r) => r.file === a.file && r.source === a.source && r.status !== 'safe'));
mkdirSync(resolve(root, out, '..'), { recursive: true });
writeFileSync(resolve(root, out), `${JSON.stringify({ timeoutMs, seconds: Math.round(seconds), rows, unread }, null, 1)}\n`);
const short = (s: string) => (s.length > 90 ? `${s.slice(0, 90)}...` : s);
process.stdout.write(
  `regex worst case: ${found.length} regex sites in src (${found.filter((f) => f.kind === 'literal').length} literals), ${rows.length} distinct patterns checked in ${Math.round(seconds)} s (recheck pure JS, ${timeoutMs} ms each)\n` +
    `  safe ${count('safe')}, vulnerable ${count('vulnerable')} (${count('vulnerable') - failing.length} allow-listed), unknown (checker out of time) ${count('unknown')}, constructor sites not read ${unread.length}\n`,
);
for (const r of failing) process.stdout.write(`  VULNERABLE ${r.file}:${r.line} ${r.complexity} /${short(r.source)}/${r.flags} attack ${r.attack}\n`);
for (const u of unread) process.stdout.write(`  NOT READ ${u.file}:${u.line} ${short(u.dynamic ?? '')}\n`);
for (const a of staleAllow) process.stdout.write(`  note: allow-list entry no longer needed: ${a.file} /${short(a.source)}/\n`);
process.stdout.write(`  full list: ${out}\n`);
process.exitCode = failing.length > 0 || unread.length > 0 ? 1 : 0;
