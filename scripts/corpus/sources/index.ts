/**
 * Every real-people source that is trained on and committed, in build order (earlier sources win a
 * cross-source duplicate). druglib and druglibsent (Druglib.com reviews: research use only, no
 * commercial use, no redistribution) are evaluation only: scripts/corpus/sources/eval-only.ts.
 */
import type { RealSource } from '../pipeline.ts';
import { hwu64 } from './hwu64.ts';
import { kqa } from './kqa.ts';
import { medquad } from './medquad.ts';
import { multidogo } from './multidogo.ts';
import { multiwoz } from './multiwoz.ts';
import { snips } from './snips.ts';
import { star } from './star.ts';
import { starfraud } from './starfraud.ts';
import { starslots } from './starslots.ts';
import { vaers } from './vaers.ts';

export const SOURCES: readonly RealSource[] = [vaers, medquad, hwu64, snips, multidogo, kqa, star, starslots, multiwoz, starfraud];
