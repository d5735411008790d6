import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (name: string) => readFileSync(`${root}${name}`, 'utf8');

/** Names assigned in .env.example (`NAME=value`, comments left out). */
function exampleNames(): string[] {
  return [...read('.env.example').matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!);
}

/** Names in the first column of the README's configuration table (a cell may name several). */
function readmeNames(): string[] {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('\n## Configuration'), readme.indexOf('\n## ', readme.indexOf('\n## Configuration') + 1));
  const firstCells = [...section.matchAll(/^\| ([^|]+) \|/gm)].map((m) => m[1]!);
  return firstCells.flatMap((cell) => [...cell.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]!));
}

const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

describe('the configuration is documented where a user looks', () => {
  it('when .env.example and src/config.ts are compared, then they name the same variables', () => {
    expect(sorted(exampleNames())).toEqual(sorted(Object.keys(ConfigSchema.shape)));
  });

  it("when .env.example and the README's configuration table are compared, then the table names every variable", () => {
    expect(sorted(readmeNames())).toEqual(sorted(exampleNames()));
  });
});
