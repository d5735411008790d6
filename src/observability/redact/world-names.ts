import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * First names and surnames of many origins that the redactor's other lists lack ("murkowski", "trifonov", "radebe"),
 * none of them an everyday word: a feature of the learned name tagger (code "h" of name-tagger-features.ts's lists()),
 * never a name by itself. Built by scripts/pii/build-world-names.ts from the npm package humannames 1.0.5 (MIT).
 */
export const WORLD_NAMES: ReadonlySet<string> = new Set(
  readFileSync(join(import.meta.dirname, '../../../data/names/world-names.txt'), 'utf8').split('\n').filter((w) => w !== ''),
);
