import { piecesOf, type Context } from './name-tagger-features.ts';

/**
 * The tagger's weights read without building its ~23 feature strings per word (issue 15): each feature template of
 * `features()` (name-tagger-features.ts) becomes a tree of Maps over its parts, so a word's weight is found from the
 * strings it already has (its key, its neighbours' keys, its lists' code) and a token's score adds the same weights
 * in the same order as the sum over `features()`, to the same bits (test/observability/redact-name-tagger-weights.test.ts).
 */
type Tree = Map<string, Tree | number>;

/**
 * Each template's parts, in the order `features()` joins them with "|"; `free` is the one part that may itself hold
 * a "|" (a word, the text between two words), the others never do (shapes, lists' codes, flags).
 */
const TEMPLATES = new Map<string, { parts: number; free: number }>(Object.entries({
  w: { parts: 1, free: 0 }, s: { parts: 1, free: -1 }, x3: { parts: 1, free: 0 }, c: { parts: 1, free: -1 },
  sc: { parts: 2, free: -1 }, scl: { parts: 3, free: -1 }, so: { parts: 2, free: -1 }, sco: { parts: 3, free: -1 },
  pw: { parts: 1, free: 0 }, nw: { parts: 1, free: 0 }, p2w: { parts: 1, free: 0 }, pc: { parts: 1, free: -1 },
  nc: { parts: 1, free: -1 }, ps: { parts: 1, free: -1 }, ns: { parts: 1, free: -1 }, pcs: { parts: 4, free: -1 },
  ncs: { parts: 4, free: -1 }, pwc: { parts: 2, free: 0 }, nwc: { parts: 2, free: 1 }, bt: { parts: 2, free: 0 },
  nbt: { parts: 2, free: 0 }, g: { parts: 1, free: -1 },
}));

/** A feature's value cut into its template's parts, or null when `features()` could never write it so. */
export function partsOf(value: string, parts: number, free: number): string[] | null {
  if (free < 0) {
    const split = value.split('|');
    return split.length === parts ? split : null;
  }
  const out: string[] = [];
  let rest = value;
  for (let k = 0; k < free; k++) {
    const bar = rest.indexOf('|');
    if (bar < 0) return null;
    out.push(rest.slice(0, bar));
    rest = rest.slice(bar + 1);
  }
  const tail: string[] = [];
  for (let k = parts - 1; k > free; k--) {
    const bar = rest.lastIndexOf('|');
    if (bar < 0) return null;
    tail.unshift(rest.slice(bar + 1));
    rest = rest.slice(0, bar);
  }
  return [...out, rest, ...tail];
}

export interface CompiledWeights {
  /** The weight of the bias feature "b" (0 when the model has none). */
  bias: number;
  trees: Record<string, Tree>;
}

export function compileWeights(weights: ReadonlyMap<string, number>): CompiledWeights {
  const trees: Record<string, Tree> = Object.fromEntries([...TEMPLATES.keys()].map((name) => [name, new Map()]));
  for (const [feature, weight] of weights) {
    const eq = feature.indexOf('=');
    const template = eq < 0 ? undefined : TEMPLATES.get(feature.slice(0, eq));
    const parts = template === undefined ? null : partsOf(feature.slice(eq + 1), template.parts, template.free);
    if (parts === null) continue;
    let node = trees[feature.slice(0, eq)]!;
    for (let k = 0; k < parts.length - 1; k++) {
      let next = node.get(parts[k]!);
      if (next === undefined) node.set(parts[k]!, (next = new Map()));
      node = next as Tree;
    }
    node.set(parts[parts.length - 1]!, weight);
  }
  return { bias: weights.get('b') ?? 0, trees };
}

const at1 = (tree: Tree, a: string) => (tree.get(a) as number | undefined) ?? 0;
const at2 = (tree: Tree, a: string, b: string) => ((tree.get(a) as Tree | undefined)?.get(b) as number | undefined) ?? 0;
const at3 = (tree: Tree, a: string, b: string, c: string) => (((tree.get(a) as Tree | undefined)?.get(b) as Tree | undefined)?.get(c) as number | undefined) ?? 0;
const at4 = (tree: Tree, a: string, b: string, c: string, d: string) =>
  ((((tree.get(a) as Tree | undefined)?.get(b) as Tree | undefined)?.get(c) as Tree | undefined)?.get(d) as number | undefined) ?? 0;

/** The sum of token i's feature weights, in the order of `features(c, i)`; `opened`: whether the token opens a sentence. */
export function weighToken(w: CompiledWeights, c: Context, i: number, opened: boolean): number {
  const { key, sh, suffix, code, lc, o, pkey, nkey, p2key, pcode, ncode, psh, nsh, bt, nbt, g } = piecesOf(c, i, opened);
  const { trees: f } = w;
  let s = 0;
  s += w.bias;
  s += at1(f.w!, key);
  s += at1(f.s!, sh);
  s += at1(f.x3!, suffix);
  s += at1(f.c!, code);
  s += at2(f.sc!, sh, code);
  s += at3(f.scl!, sh, code, lc);
  s += at2(f.so!, sh, o);
  s += at3(f.sco!, sh, code, o);
  s += at1(f.pw!, pkey);
  s += at1(f.nw!, nkey);
  s += at1(f.p2w!, p2key);
  s += at1(f.pc!, pcode);
  s += at1(f.nc!, ncode);
  s += at1(f.ps!, psh);
  s += at1(f.ns!, nsh);
  s += at4(f.pcs!, psh, pcode, sh, code);
  s += at4(f.ncs!, sh, code, nsh, ncode);
  s += at2(f.pwc!, pkey, code);
  s += at2(f.nwc!, code, nkey);
  s += at2(f.bt!, bt, sh);
  s += at2(f.nbt!, nbt, sh);
  s += at1(f.g!, g);
  return s;
}
