/**
 * Read-only access to a repository snapshot brought by the library's `fetch` tool
 * (`DIR/<owner>+<name>/repo`, a bare git directory). Every read is pinned to one commit.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

export interface Snapshot {
  repo: string;
  commit: string;
  /** The file's bytes as UTF-8 text at the pinned commit. */
  read(path: string): string;
  /** Several files at once (one git process), in the order given. */
  readMany(paths: readonly string[]): string[];
  /** Paths of the files directly under `dir` at the pinned commit, sorted. */
  list(dir: string): string[];
}

export function openSnapshot(snapshotsDir: string, repo: string, commit: string): Snapshot {
  // `fetch` leaves a bare git directory in repo/, or (for some snapshots) a repo/.git directory.
  const base = join(snapshotsDir, repo.replace('/', '+'), 'repo');
  const gitDir = existsSync(join(base, '.git')) ? join(base, '.git') : base;
  if (!existsSync(gitDir)) throw new SnapshotError(`${repo}: no snapshot at ${base} (fetch github:${repo} first)`);
  const git = (args: string[]): string =>
    execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    git(['cat-file', '-e', `${commit}^{commit}`]);
  } catch {
    throw new SnapshotError(`${repo}: the snapshot at ${gitDir} does not hold the pinned commit ${commit}`);
  }
  return {
    repo,
    commit,
    read(path) {
      try {
        return git(['show', `${commit}:${path}`]);
      } catch {
        throw new SnapshotError(`${repo}@${commit}: cannot read ${path} (absent from the snapshot?)`);
      }
    },
    readMany(paths) {
      if (paths.length === 0) return [];
      const out = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], {
        input: paths.map((path) => `${commit}:${path}\n`).join(''), maxBuffer: 1024 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'],
      });
      const texts: string[] = [];
      let at = 0;
      for (const path of paths) {
        const eol = out.indexOf(0x0a, at);
        const header = out.subarray(at, eol).toString('utf8');
        const match = /^[0-9a-f]+ blob (\d+)$/.exec(header);
        if (match === null) throw new SnapshotError(`${repo}@${commit}: cannot read ${path} (${header})`);
        const size = Number(match[1]);
        texts.push(out.subarray(eol + 1, eol + 1 + size).toString('utf8'));
        at = eol + 1 + size + 1;
      }
      return texts;
    },
    list(dir) {
      return git(['ls-tree', '--name-only', commit, `${dir.replace(/\/$/, '')}/`]).split('\n').filter((p) => p !== '').sort();
    },
  };
}
