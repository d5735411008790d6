import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@cdktf/hcl2json';

/**
 * A read-only view of infra/terraform as hcl2json sees it, so tests can ask "what is the default of
 * this variable" or "which rules target that security group" without a terraform binary.
 * hcl2json keeps every expression that is not a literal as a "${...}" string; `resolve` follows
 * the simple ones (var.x, tostring(var.x)) to the variable's default.
 */
export type Block = Record<string, any>;

export interface TerraformModel {
  files: string[];
  variables: Record<string, Block>;
  resources: Record<string, Record<string, Block>>;
  data: Record<string, Record<string, Block>>;
  locals: Record<string, unknown>;
}

export const terraformDir = join(import.meta.dirname, '..', '..', 'infra', 'terraform');

export function terraformFiles(dir = terraformDir): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.tf'))
    .sort();
}

export async function parseTerraformFile(name: string, dir = terraformDir): Promise<Block> {
  return parse(name, readFileSync(join(dir, name), 'utf8'));
}

/** hcl2json gives every block as a one-element array (a label may repeat across files; not here). */
function only(value: unknown, what: string): Block {
  if (!Array.isArray(value) || value.length !== 1) throw new Error(`${what}: expected exactly one block`);
  return value[0] as Block;
}

export async function loadTerraform(dir = terraformDir): Promise<TerraformModel> {
  const model: TerraformModel = { files: terraformFiles(dir), variables: {}, resources: {}, data: {}, locals: {} };
  for (const file of model.files) {
    const parsed = await parseTerraformFile(file, dir);
    for (const [name, value] of Object.entries(parsed.variable ?? {})) {
      model.variables[name] = only(value, `variable ${name}`);
    }
    for (const kind of ['resource', 'data'] as const) {
      const target = kind === 'resource' ? model.resources : model.data;
      for (const [type, byName] of Object.entries<Record<string, unknown>>(parsed[kind] ?? {})) {
        target[type] ??= {};
        for (const [name, value] of Object.entries(byName)) target[type][name] = only(value, `${type}.${name}`);
      }
    }
    for (const locals of (parsed.locals ?? []) as Block[]) Object.assign(model.locals, locals);
  }
  return model;
}

export function resource(model: TerraformModel, type: string, name: string): Block {
  const found = model.resources[type]?.[name];
  if (!found) throw new Error(`resource ${type}.${name} not found`);
  return found;
}

export function resourcesOf(model: TerraformModel, type: string): Array<[string, Block]> {
  return Object.entries(model.resources[type] ?? {});
}

/** The single nested block `name` inside `parent` (e.g. health_check inside a target group). */
export function nested(parent: Block, name: string): Block {
  return only(parent[name], name);
}

export function variableDefault(model: TerraformModel, name: string): unknown {
  const variable = model.variables[name];
  if (!variable) throw new Error(`variable ${name} not declared`);
  return variable.default;
}

/** A literal as is; `${var.x}` or `${tostring(var.x)}` as the default of x; anything else throws. */
export function resolve(model: TerraformModel, value: unknown): unknown {
  if (typeof value !== 'string' || !value.startsWith('${')) return value;
  const match = /^\$\{(?:tostring\()?var\.([a-z0-9_]+)\)?\}$/.exec(value);
  if (!match) throw new Error(`cannot resolve expression ${value}`);
  return variableDefault(model, match[1]!);
}

/** Upper-case keys in an HCL map expression (`NAME = ...` or `"NAME" => ...`): env names. */
export function assignedNames(expression: string): string[] {
  return [...expression.matchAll(/(?:\b([A-Z][A-Z0-9_]*)\s*=(?!=)|"([A-Z][A-Z0-9_]*)"\s*=>)/g)].map((m) => (m[1] ?? m[2])!);
}
