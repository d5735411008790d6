import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotFunction {
  name: string;
  /** repo-relative file and 1-based line, or the package / built-in. */
  where: string;
  selfMs: number;
  totalMs: number;
}

function whereOf(url: string, line: number): string {
  if (!url) return '(native)';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const nodeModules = path.lastIndexOf('node_modules/');
  if (nodeModules !== -1) {
    const parts = path.slice(nodeModules + 'node_modules/'.length).split('/');
    return parts.slice(0, parts[0]?.startsWith('@') ? 2 : 1).join('/');
  }
  return `${path.startsWith('/') ? relative(process.cwd(), path) : path}:${line + 1}`;
}

/** Self and inclusive time per function; a function recursing on the stack counts once per sample. */
export function hotFunctions(profile: CpuProfile): HotFunction[] {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const stats = new Map<string, HotFunction>();
  const keyOf = (node: ProfileNode) => {
    const where = whereOf(node.callFrame.url, node.callFrame.lineNumber);
    const name = node.callFrame.functionName || '(anonymous)';
    const key = `${name} ${where}`;
    if (!stats.has(key)) stats.set(key, { name, where, selfMs: 0, totalMs: 0 });
    return key;
  };
  profile.samples.forEach((leaf, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const key = keyOf(byId.get(id)!);
      if (id === leaf) stats.get(key)!.selfMs += ms;
      if (!seen.has(key)) stats.get(key)!.totalMs += ms;
      seen.add(key);
    }
  });
  return [...stats.values()];
}

function newestProfile(dir: string): string {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length === 0) throw new Error(`no .cpuprofile in ${dir}`);
  return join(dir, files.sort((x, y) => statSync(join(dir, y)).mtimeMs - statSync(join(dir, x)).mtimeMs)[0]!);
}

const fmt = (f: HotFunction) => `${f.totalMs.toFixed(0).padStart(7)} ms total ${f.selfMs.toFixed(0).padStart(6)} ms self  ${f.name}  ${f.where}`;

/** A text summary of the newest profile: src/ functions by inclusive time, then everything by self time. */
export function summariseProfiles(dir: string, options: { under: string; top: number }): string {
  const file = newestProfile(dir);
  const all = hotFunctions(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
  const sampled = all.filter((f) => f.name === '(root)').reduce((sum, f) => sum + f.totalMs, 0);
  const idle = all.filter((f) => f.name === '(idle)').reduce((sum, f) => sum + f.selfMs, 0);
  const ours = all.filter((f) => f.where.startsWith(options.under)).sort((x, y) => y.totalMs - x.totalMs);
  const bySelf = all.filter((f) => !f.name.startsWith('(')).sort((x, y) => y.selfMs - x.selfMs);
  return [
    `${file}: ${sampled.toFixed(0)} ms sampled, ${idle.toFixed(0)} ms idle`,
    `in ${options.under} by inclusive time:`,
    ...ours.slice(0, options.top).map(fmt),
    'anywhere, by self time:',
    ...bySelf.slice(0, options.top).map(fmt),
  ].join('\n');
}

// `node scripts/bench/profile-summary.ts DIR` re-reads a profile without re-running the bench.
if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${summariseProfiles(process.argv[2] ?? 'bench-results/profiles', { under: 'src/', top: 25 })}\n`);
}
