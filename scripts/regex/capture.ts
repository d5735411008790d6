import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';

/** A regex built at run time by `new RegExp(...)` / `RegExp(...)`, with the src line that built it. */
export interface BuiltRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
}

/**
 * Records every RegExp that code under `<root>/src` constructs while `run` runs: the global RegExp is
 * wrapped in a Proxy (instanceof and literals are unaffected) and each construction's first src frame
 * gives its file and line. Used to read the patterns that src builds from template strings.
 */
export async function captureBuiltRegexes(root: string, run: () => Promise<void>): Promise<BuiltRegex[]> {
  const built = new Map<string, BuiltRegex>();
  const original = globalThis.RegExp;
  const srcDir = `${root}/src/`;
  const record = (args: unknown[]) => {
    const [pattern, flags] = args;
    const source = pattern instanceof original ? pattern.source : String(pattern);
    const flagText = flags === undefined ? (pattern instanceof original ? pattern.flags : '') : String(flags);
    for (const frame of (new Error().stack ?? '').split('\n').slice(2)) {
      const m = /\((file:\/\/[^)]+?):(\d+):\d+\)$|at (file:\/\/\S+?):(\d+):\d+$/.exec(frame.trim());
      if (m === null) continue;
      const file = fileURLToPath(m[1] ?? m[3]!);
      if (!file.startsWith(srcDir)) continue;
      const entry = { file: relative(root, file), line: Number(m[2] ?? m[4]), source, flags: flagText };
      built.set(`${entry.file}:${entry.line}\u0000${source}\u0000${flagText}`, entry);
      return;
    }
  };
  globalThis.RegExp = new Proxy(original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget) as object;
    },
    apply(target, thisArg, args) {
      record(args);
      return Reflect.apply(target, thisArg, args) as unknown;
    },
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = original;
  }
  return [...built.values()];
}
