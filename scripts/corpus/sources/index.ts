/** Every real-people source, in build order (earlier sources win a cross-source duplicate). */
import type { RealSource } from '../pipeline.ts';
import { druglib } from './druglib.ts';
import { druglibsent } from './druglibsent.ts';
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

export const SOURCES: readonly RealSource[] = [vaers, druglib, medquad, hwu64, snips, multidogo, kqa, star, druglibsent, starslots, multiwoz, starfraud];
