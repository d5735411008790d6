import { readFileSync } from 'node:fs';

/** The learned name tagger's model: a threshold on the score (a log-odds) and one weight per feature. */
export interface TaggerModel {
  /** The decision threshold on the score (a log-odds), chosen by cross-validation on the training data. */
  threshold: number;
  /** How far under the threshold a word beside a name part may score and still be read as part of it (name-tagger.ts spansOf). */
  reach: number;
  weights: ReadonlyMap<string, number>;
}

/**
 * Whether the tagger's artifact was read. Without it the redactor still runs every hand-written finder (degraded:
 * fewer names masked), so a missing or damaged file must be seen (readiness, the start-up log), never guessed at.
 */
export type TaggerState = { state: 'loaded'; file: string } | { state: 'missing' | 'corrupt'; file: string; reason: string };

export class TaggerArtifactError extends Error {}

/** The model in `json`; throws TaggerArtifactError when it is not a threshold and a non-empty map of finite weights. */
export function parseTagger(json: string): TaggerModel {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new TaggerArtifactError(`not JSON (${(error as Error).message})`);
  }
  const { threshold, reach = 0, weights } = (raw ?? {}) as { threshold?: unknown; reach?: unknown; weights?: unknown };
  if (typeof threshold !== 'number' || !Number.isFinite(threshold)) throw new TaggerArtifactError('no finite "threshold"');
  if (typeof reach !== 'number' || !(reach >= 0) || !Number.isFinite(reach)) throw new TaggerArtifactError('"reach" is not a finite number >= 0');
  if (weights === null || typeof weights !== 'object' || Array.isArray(weights)) throw new TaggerArtifactError('no "weights" object');
  const entries = Object.entries(weights as Record<string, unknown>);
  if (entries.length === 0) throw new TaggerArtifactError('"weights" is empty');
  const bad = entries.find(([, w]) => typeof w !== 'number' || !Number.isFinite(w));
  if (bad !== undefined) throw new TaggerArtifactError(`weight "${bad[0]}" is not a finite number`);
  return { threshold, reach, weights: new Map(entries as Array<[string, number]>) };
}

/** Reads the artifact at `file`: the model, or null with the reason it could not be used. Never throws. */
export function loadTagger(file: string): { model: TaggerModel | null; status: TaggerState } {
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const state = code === 'ENOENT' ? 'missing' : 'corrupt';
    return { model: null, status: { state, file, reason: state === 'missing' ? 'file not found' : `unreadable (${code ?? (error as Error).message})` } };
  }
  try {
    return { model: parseTagger(json), status: { state: 'loaded', file } };
  } catch (error) {
    if (!(error instanceof TaggerArtifactError)) throw error;
    return { model: null, status: { state: 'corrupt', file, reason: error.message } };
  }
}
