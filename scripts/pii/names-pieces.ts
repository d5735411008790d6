/**
 * Pieces for the name-focused PII sets (data/pii/dev-names, data/pii/holdout-v2): people's names drawn
 * from a set's own lists, spelled letter by letter as callers do, and the traps around them (clinicians,
 * towns, words that are also names). Each set brings its own lists, so no set shares names with another.
 */
import type { Rng } from './random.ts';
import type { Part, TrapLabel } from './pieces.ts';

export interface NameLists {
  first: readonly string[];
  last: readonly string[];
  esFirst: readonly string[];
  esLast: readonly string[];
  /** Surnames of clinicians ("dr patel"): kept readable, see data/pii/README.md. */
  clinicians: readonly string[];
  cities: readonly string[];
  drugs: readonly string[];
  esDrugs: readonly string[];
}

export type NameTemplate = (rng: Rng, n: NamePieces) => Part[];

export interface NamePieces {
  first(): Part;
  last(): Part;
  full(): Part;
  /** A first name, a middle initial and a surname: "john q adams". */
  withInitial(): Part;
  /** The surname and then the same surname spelled out: ["lopez", " ", "l o p e z"]. */
  lastThenSpelled(): Part[];
  /** A first name spelled out alone: "m a r i a". */
  spelledFirst(): Part;
  esFirst(): Part;
  esFull(): Part;
  /** Two Spanish surnames: "ana garcía lópez". */
  esFullTwo(): Part;
  clinician(): Part;
  city(): Part;
  drug(): Part;
  esDrug(): Part;
  /** A word that is also a name, used as a word ("will", "hope", "may"): the caller's phrase. */
  word(text: string): Part;
  any(...options: string[]): string;
}

const pii = (text: string): Part => ({ pii: 'name', text });
const trap = (kind: TrapLabel, text: string): Part => ({ trap: kind, text });
export const spell = (word: string): string => word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f'’]/g, '').split('').join(' ');

export function namePieces(rng: Rng, lists: NameLists): NamePieces {
  const first = () => rng.pick(lists.first);
  const last = () => rng.pick(lists.last);
  return {
    first: () => pii(first()),
    last: () => pii(last()),
    full: () => pii(`${first()} ${last()}`),
    withInitial: () => pii(`${first()} ${String.fromCharCode(97 + rng.int(0, 25))} ${last()}`),
    lastThenSpelled: () => {
      const name = last();
      return [pii(name), rng.pick([' ', ' that is ', ' thats ', ' spelled ']), pii(spell(name))];
    },
    spelledFirst: () => pii(spell(first())),
    esFirst: () => pii(rng.pick(lists.esFirst)),
    esFull: () => pii(`${rng.pick(lists.esFirst)} ${rng.pick(lists.esLast)}`),
    esFullTwo: () => pii(`${rng.pick(lists.esFirst)} ${rng.pick(lists.esLast)} ${rng.pick(lists.esLast)}`),
    clinician: () => trap('clinician', rng.pick(lists.clinicians)),
    city: () => trap('city', rng.pick(lists.cities)),
    drug: () => trap('drug', rng.pick(lists.drugs)),
    esDrug: () => trap('drug', rng.pick(lists.esDrugs)),
    word: (text) => trap('word', text),
    any: (...options) => rng.pick(options),
  };
}
