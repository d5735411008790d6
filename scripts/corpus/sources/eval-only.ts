/**
 * Evaluation-only sources: public corpora whose licence does not allow redistributing their texts in
 * this repository. `npm run corpus:build -- --snapshots DIR --eval-only` writes them to the gitignored
 * data/corpus/eval-only/<name>.jsonl; training refuses any file there (scripts/train.ts).
 * druglib and druglibsent are here for their authors' terms (research use only, no commercial use, no
 * redistribution; issue #11), although UCI shows CC BY 4.0 for the data: the stricter reading wins.
 */
import type { RealSource } from '../pipeline.ts';
import { acid } from './acid.ts';
import { cadec } from './cadec.ts';
import { druglib } from './druglib.ts';
import { druglibsent } from './druglibsent.ts';
import { ichi } from './ichi.ts';
import { mqp } from './mqp.ts';
import { twitteradr } from './twitteradr.ts';

export const EVAL_ONLY_SOURCES: readonly RealSource[] = [cadec, twitteradr, ichi, mqp, acid, druglib, druglibsent];
