import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LocalModelSchema, type LocalModel } from './model.ts';

/** Where `npm run train` writes the artifact and where the service reads it, whatever the cwd. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../data/model/local-model.json', import.meta.url));

export class LocalModelError extends Error {
  override name = 'LocalModelError';
}

/** Validates an artifact already parsed from JSON; `source` names it in the error. */
export function parseLocalModel(json: unknown, source: string): LocalModel {
  const result = LocalModelSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.slice(0, 2).join('.') : 'artifact';
    throw new LocalModelError(`local model ${source} is invalid: ${where}: ${issue.message} (run npm run train)`);
  }
  return result.data;
}

/** Reads and validates the artifact; every failure is one clear line naming the file. */
export function loadLocalModel(path: string = DEFAULT_MODEL_PATH): LocalModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'not found' : `cannot be read (${code ?? String(error)})`;
    throw new LocalModelError(`local model ${path} ${why}: run npm run train`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new LocalModelError(`local model ${path} is not valid JSON (corrupt or truncated): run npm run train`, { cause: error });
  }
  return parseLocalModel(json, path);
}
