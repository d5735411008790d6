import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Whether an `engines.node` range admits a Node major (enough for the ranges npm packages use). */
function admits(range: string, major: number): boolean {
  return range.split('||').some((alternative) => {
    const text = alternative.trim();
    if (text === '' || text === '*') return true;
    const low = /(?:>=|\^|~|^)\s*v?(\d+)/.exec(text);
    const high = /<\s*v?(\d+)/.exec(text);
    return (low ? Number(low[1]) : 0) <= major && (!high || Number(high[1]) > major);
  });
}

describe('the README on npm ci with an older system Node', () => {
  it('when package-lock.json is read, then the README counts the packages whose engines exclude Node 20 (the EBADENGINE warnings) and names the direct dependencies among them', () => {
    const lock = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8')) as { name: string; packages: Record<string, { engines?: { node?: string } }> };
    const excluded = Object.entries(lock.packages)
      .filter(([, entry]) => entry.engines?.node && !admits(entry.engines.node, 20))
      .map(([path]) => (path === '' ? lock.name : path.replace(/^.*node_modules\//, '')));
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const paragraph = readme.slice(readme.indexOf('npm warn EBADENGINE'), readme.indexOf('\n\n', readme.indexOf('npm warn EBADENGINE')));
    expect(excluded.length).toBeGreaterThan(0);
    const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const direct = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)]);
    for (const name of excluded.filter((n) => direct.has(n))) expect(paragraph, name).toContain(`\`${name}\``);
    expect(paragraph.replace(/\s+/g, ' ')).toContain(`careroute (Node 24) and ${excluded.filter((n) => n !== lock.name).length} of its packages`);
  });
});
