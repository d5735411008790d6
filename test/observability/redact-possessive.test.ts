import { describe, expect, it } from 'vitest';
import { endsPossessive, fold, withoutPossessiveS } from '../../src/observability/redact/lexicon.ts';
import { redactPii } from '../../src/observability/redact.ts';

describe('the name finders\' word helpers', () => {
  it("when a word ends in 's or ’s, then it is possessive and loses those two characters", () => {
    expect([endsPossessive("wendy's"), endsPossessive('wendy’s'), endsPossessive('wendys'), endsPossessive("'s"), endsPossessive('s')]).toEqual([true, true, false, true, false]);
    expect([withoutPossessiveS("wendy's"), withoutPossessiveS('wendy’s'), withoutPossessiveS('wendy')]).toEqual(['wendy', 'wendy', 'wendy']);
  });

  it('when a word is ASCII, then fold lower-cases it; when it has accents, then they go', () => {
    expect([fold('McAllister'), fold('Peña'), fold('JOSÉ')]).toEqual(['mcallister', 'pena', 'jose']);
  });

  it("when a first name opens a sentence with a possessive, then the name is masked without its 's", () => {
    expect(redactPii("Wendy's biggest dream is a new inhaler")).toBe("[NAME]'s biggest dream is a new inhaler");
  });
});
