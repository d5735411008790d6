import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every distinct `text` of the .jsonl files under the given folders, except under an `eval-only` folder:
 * those sets are evaluation only (their licences or the project's rules forbid reading their texts), and the
 * scripts that use this print texts whose masks changed.
 */
export function readTexts(...dirs: string[]): Set<string> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) {
        if (f !== 'eval-only') walk(p);
      }
      else if (p.endsWith('.jsonl')) files.push(p);
    }
  };
  for (const dir of dirs) walk(dir);
  const texts = new Set<string>();
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const text = (JSON.parse(line) as { text?: unknown }).text;
      if (typeof text === 'string') texts.add(text);
    }
  }
  return texts;
}
