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
  /** Paths of the files directly under `dir` at the pinned commit, sorted. */
  list(dir: string): string[];
}

export function openSnapshot(snapshotsDir: string, repo: string, commit: string): Snapshot {
  const gitDir = join(snapshotsDir, repo.replace('/', '+'), 'repo');
  if (!existsSync(gitDir)) throw new SnapshotError(`${repo}: no snapshot at ${gitDir} (fetch github:${repo} first)`);
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
    list(dir) {
      return git(['ls-tree', '--name-only', commit, `${dir.replace(/\/$/, '')}/`]).split('\n').filter((p) => p !== '').sort();
    },
  };
}
