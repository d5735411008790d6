import { describe, expect, it } from 'vitest';
import { findPii, findPiiByRules } from '../../src/observability/redact.ts';
import { contextOf, features, lists } from '../../src/observability/redact/name-tagger-features.ts';
import { mayBeName } from '../../src/observability/redact/name-tagger-guards.ts';
import { spansOf } from '../../src/observability/redact/name-tagger.ts';
import { tokenize } from '../../src/observability/redact/spoken-names.ts';
import { WORLD_NAMES } from '../../src/observability/redact/world-names.ts';
import { worldNames } from '../../scripts/pii/build-world-names.ts';

const names = (find: typeof findPii, text: string) => find(text).filter((s) => s.kind === 'name').map((s) => text.slice(s.start, s.end));

describe('the world names list (humannames) for the learned name tagger', () => {
  it('when the list is built, then it keeps names no other list holds and drops words, medicines, towns and listed names', () => {
    const built = worldNames('Keppinger\r\nNiskanen\r\nTable\r\nLyrica\r\nAustin\r\nMaria\r\nZx\r\nBlorp\r\n', new Set(['blorp']));
    expect(built).toEqual(['keppinger', 'niskanen']);
  });

  it('when a word is only in the world list, then the lists say "h" of it; a first name keeps its own code', () => {
    expect(WORLD_NAMES.has('niskanen')).toBe(true);
    expect(lists('niskanen')).toBe('h');
    expect(lists('maria')).not.toContain('h');
  });

  it.each([
    ['Fedorova stated that Trifonov was the genius of this new millennium.', 'Trifonov'],
    ['Was it Niskanen who called about the Eliquis?', 'Niskanen'],
  ])('when a surname only the world list holds stands with no cue ("%s"), then the tagger masks it and the rules alone do not', (text, name) => {
    expect(names(findPiiByRules, text)).toEqual([]);
    expect(names(findPii, text)).toEqual([name]);
    expect(findPii(text).some((s) => text.slice(s.start, s.end).includes('Eliquis'))).toBe(false);
  });
});

describe('what the tagger reads of a word', () => {
  it("when a word ends in a possessive, then the lists are asked about the word without it (\"Carrey's\")", () => {
    const text = "One of Jim Carrey's greatest classics";
    const c = contextOf(text, tokenize(text));
    expect(c.code(3)).toBe(lists('carrey'));
    expect(c.code(3)).not.toBe('-');
  });

  it('when the message writes the same word in lower case elsewhere, then a feature says so; a lone word says neither', () => {
    const text = 'Grant said the grant is late. Ask Okafor.';
    const c = contextOf(text, tokenize(text));
    expect(features(c, 0)).toContain('ce=Xx4|l');
    expect(features(c, 7)).toContain('ce=Xx4|-');
  });

  it('when most words of a message are capitalised (a headline), then the density feature says "c"; in a chat line "a"', () => {
    const headline = 'Kayak Magazine Founder Dies At Ninety';
    const chat = 'ok so my mom says the refill from Walgreens never came';
    expect(features(contextOf(headline, tokenize(headline)), 0)).toContain('tc=c|Xx4|o');
    expect(features(contextOf(chat, tokenize(chat)), 8)).toContain('tc=a|Xx4|m');
  });
});

describe('how the tagger joins and rejects runs', () => {
  const text = 'we met Carrey Blorpington there';
  const c = contextOf(text, tokenize(text));
  const scores = [-5, -5, 3.0, 1.0, -5];

  it('when a weak word stands beside a strong one and the reach covers it, then it joins the name; without reach it does not', () => {
    expect(spansOf(c, scores, 1.5, 0).map((s) => text.slice(s.start, s.end))).toEqual(['Carrey']);
    expect(spansOf(c, scores, 1.5, 1).map((s) => text.slice(s.start, s.end))).toEqual(['Carrey Blorpington']);
  });

  it('when a capitalised first name stands just before a tagged surname, then it joins the name whatever its score', () => {
    const kit = 'I do not know anybody called Kit Rowe at all';
    const kc = contextOf(kit, tokenize(kit));
    const at = kc.tokens.findIndex((t) => t.key === 'rowe');
    const low = kc.tokens.map((_, i) => (i === at ? 3 : -5));
    expect(spansOf(kc, low, 1.5, 0).map((s) => kit.slice(s.start, s.end))).toEqual(['Kit Rowe']);
    // A lower-case word before it is no first name by its capital: "called kit" stays out.
    const lower = 'I do not know anybody called kit Rowe at all';
    const lc = contextOf(lower, tokenize(lower));
    expect(spansOf(lc, low, 1.5, 0).map((s) => lower.slice(s.start, s.end))).toEqual(['Rowe']);
  });

  it('when no word of a run passes the threshold itself, then the reach adds nothing', () => {
    expect(spansOf(c, [-5, -5, 1.2, 1.0, -5], 1.5, 1)).toEqual([]);
  });

  it('when a name is glued to an underscore (a handle, a file name), then it is no name the tagger may mask', () => {
    const glued = 'see the file maria_lopez ok';
    const tokens = tokenize(glued);
    const at = tokens.findIndex((t) => t.key === 'maria');
    expect(mayBeName(glued, tokens, (i) => lists(tokens[i]!.key), at, at)).toBe(false);
    const apart = 'see the file of maria lopez ok';
    const tokens2 = tokenize(apart);
    const at2 = tokens2.findIndex((t) => t.key === 'maria');
    expect(mayBeName(apart, tokens2, (i) => lists(tokens2[i]!.key), at2, at2 + 1)).toBe(true);
  });
});

describe('names of buildings', () => {
  it.each([
    ['A Few Clouds at Islip, Long Island Mac Arthur Airport, NY', 'Arthur'],
    ["I'm off to rehearsal at Tristan Bates #Theatre with Ann tonight", 'Tristan'],
    ['Sincerely,\nDr. Hannah Greer, MD\nEastgate Community Health Center\n\nCONFIDENTIAL', 'Eastgate'],
  ])('when a name is the first part of a building\'s name ("%s"), then it stays', (text, kept) => {
    expect(names(findPii, text).join(' ')).not.toContain(kept);
  });

  it('when a surname is also a building word that is a surname too ("Hall"), then the name is still masked', () => {
    expect(names(findPii, 'Ana Hall picked up the Lyrica')).toEqual(['Ana Hall']);
  });
});

describe('conditions named after people', () => {
  it.each([
    ['How many people are affected by Glanzmann thrombasthenia ?', 'Glanzmann'],
    ['What are the symptoms of Van Regemorter Pierquin Vamos syndrome ?', 'Pierquin'],
    ['since starting the water pill i get cramps at night, like charley horses, 4 or 5 times a night', 'charley'],
  ])('when a name is part of a condition\'s name ("%s"), then it stays', (text, kept) => {
    expect(names(findPii, text).join(' ')).not.toContain(kept);
  });
});

describe('a colour said by a thing', () => {
  it.each([
    ['my stools are pale, almost clay coloured since I started the statin', 'clay'],
    ['my urine is dark and my stools are clay colored', 'clay'],
    ['the rash is rose-coloured and spreading', 'rose'],
  ])('when a word names a colour before "coloured" ("%s"), then it stays (a clinical detail)', (text, kept) => {
    expect(names(findPii, text).join(' ')).not.toContain(kept);
  });

  it('when a name stands before another word, then it is still masked', () => {
    expect(names(findPii, 'Call Clay Jensen at home')).toEqual(['Clay Jensen']);
  });
});
