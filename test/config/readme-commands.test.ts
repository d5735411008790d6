import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');

/** Fenced blocks in order, with their language. */
function blocks(): Array<{ lang: string; text: string }> {
  return [...readme.matchAll(/^ *```(\w*)\n([\s\S]*?)^ *```$/gm)].map((m) => ({ lang: m[1]!, text: m[2]! }));
}

describe("the README's commands do what they show", () => {
  it('when a curl command is followed by pretty-printed JSON, then the command pipes its one-line output through a formatter', () => {
    const all = blocks();
    const shown = all.flatMap((block, i) => (block.lang === 'bash' && /curl -s/.test(block.text) && all[i + 1]?.lang === 'json' ? [block.text] : []));
    expect(shown.length).toBeGreaterThan(0);
    for (const command of shown) expect(command).toMatch(/\| (?:python3 -m json\.tool|jq)\b/);
  });

  it('when a person wants the container, then the README has the docker build and run lines for the port the image exposes', () => {
    const exposed = /^EXPOSE (\d+)$/m.exec(readFileSync(`${root}Dockerfile`, 'utf8'))![1]!;
    expect(readme).toContain('docker build -t careroute .');
    expect(readme).toMatch(new RegExp(`docker run --rm -p ${exposed}:${exposed} careroute`));
  });
});
