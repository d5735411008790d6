/** One script's functions as V8's precise coverage reports them (Profiler.takePreciseCoverage). */
interface ScriptCoverage {
  url: string;
  functions: Array<{ functionName: string; ranges: Array<{ count: number }> }>;
}

/** Calls per request of each function of a tree's src/ whose "name path" matches `pattern`, most called first. */
export function callsPerRequest(result: ScriptCoverage[], requests: number, pattern: RegExp): string {
  const rows: Array<[number, string]> = [];
  for (const script of result) {
    const at = script.url.indexOf('/src/');
    if (at < 0 || script.url.includes('node_modules')) continue;
    for (const f of script.functions) {
      const name = `${f.functionName || '(anonymous)'} ${script.url.slice(at + 1)}`;
      const count = f.ranges[0]?.count ?? 0;
      if (count > 0 && pattern.test(name)) rows.push([count / requests, name]);
    }
  }
  rows.sort((a, b) => b[0] - a[0]);
  return `${rows.map(([n, name]) => `${n.toFixed(2).padStart(8)}  ${name}`).join('\n')}\n`;
}
