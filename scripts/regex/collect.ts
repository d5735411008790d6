import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One regex of the source: where it is, its source and flags, or why its source is not known statically. */
export interface FoundRegex {
  file: string;
  line: number;
  /** Last line of the expression (a constructor call may span lines). */
  endLine: number;
  source: string | undefined;
  flags: string;
  /** `literal` for /.../, `constructor` for new RegExp / RegExp(...). */
  kind: 'literal' | 'constructor';
  /** For a constructor whose pattern is built at run time: the argument's text, to read by hand. */
  dynamic?: string;
}

const tsFiles = (dir: string): string[] => {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
};

/** The string a constant expression evaluates to (string literals, no-substitution templates, `+` of those). */
const constantString = (node: ts.Expression): string | undefined => {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return constantString(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const l = constantString(node.left);
    const r = constantString(node.right);
    return l === undefined || r === undefined ? undefined : l + r;
  }
  return undefined;
};

/**
 * Every regex literal and every `new RegExp(...)` / `RegExp(...)` call of the .ts files under `root`,
 * found by parsing with the TypeScript compiler (comments and strings that look like regexes are not
 * regexes). A constructor's pattern is read when it is a constant string; otherwise `dynamic` holds the
 * argument's text and `source` is undefined.
 */
export const collectRegexes = (root: string, base = root): FoundRegex[] => {
  const found: FoundRegex[] = [];
  for (const file of tsFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const rel = relative(base, file);
    const lineOf = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    const endLineOf = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
    const visit = (node: ts.Node) => {
      if (ts.isRegularExpressionLiteral(node)) {
        const t = node.text;
        const end = t.lastIndexOf('/');
        found.push({ file: rel, line: lineOf(node), endLine: endLineOf(node), source: t.slice(1, end), flags: t.slice(end + 1), kind: 'literal' });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp' &&
        node.arguments !== undefined &&
        node.arguments.length > 0
      ) {
        const [patternArg, flagsArg] = node.arguments;
        const source = constantString(patternArg!);
        const flags = flagsArg === undefined ? '' : constantString(flagsArg);
        const entry: FoundRegex = { file: rel, line: lineOf(node), endLine: endLineOf(node), source, flags: flags ?? '', kind: 'constructor' };
        if (source === undefined || flags === undefined) entry.dynamic = node.getText(sf).replace(/\s+/g, ' ');
        found.push(entry);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
};
