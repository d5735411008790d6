import { describe, expect, it } from 'vitest';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

// The guard cuts each signal's term from the message through the fold's origin map (safety/text.ts originOf,
// read from character codes since issue 15): commas, quotes, brackets, tabs and runs of blanks are dropped or
// squeezed in the fold, and the term must still be the message's own characters.
describe('the guard\u2019s terms cut from the message', () => {
  it.each([
    ['I have chest,   pain and a "severe"  headache since the new pills', [['adverse_event', 'chest,   pain'], ['adverse_event', 'pain'], ['adverse_event', 'headache']]],
    ['since the new pills I got a "rash",   and [dizzy]  spells, {swelling} *all* day', [['adverse_event', 'rash'], ['adverse_event', 'dizzy'], ['adverse_event', 'swelling']]],
    ['after my \u00ABvaccine\u00BB\tI had\t\ta \u201Csevere headache\u201D and (hives)', [['adverse_event', 'hives'], ['adverse_event', 'headache']]],
  ])('when the message is %j, then the terms are %j', (message, terms) => {
    expect(scanSafety(message).signals.map((s) => [s.kind, s.term])).toEqual(terms);
  });
});
