import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/classifier/local/describe.ts';
import { normaliseMessage } from '../../src/triage/normalise.ts';
import { findPii, redactPii } from '../../src/observability/redact.ts';

// Hostile messages of MAX_MESSAGE_CHARS (5,000) characters that scripts/bench/worst-case.ts found slow,
// kept here with their answers (no time is asserted: the script measures the cost).
const LIMIT = 5_000;
const fill = (unit: string) => unit.repeat(Math.floor(LIMIT / unit.length));

describe('the name finders on hostile 5,000-character messages', () => {
  it('when a message is 2,500 letters each with a combining mark, then findPii finds nothing in it', () => {
    // name-subjects.ts read "is there a capital anywhere" once per word: tokens x characters (3 s here).
    expect(findPii(fill('e\u0301'))).toEqual([]);
  });

  it('when a lower-case message repeats a name before "just told me", then every repetition is masked', () => {
    const unit = 'omg shaniqua just told me they charged me twice. ';
    const text = fill(unit);
    expect(redactPii(text)).toBe(text.replaceAll('shaniqua', '[NAME]'));
  });

  it('when a lower-case message follows one with a capital, then each is read by its own case', () => {
    // The "no capital in this text" reading is taken per text, not kept from the one before.
    expect(redactPii('Omg shaniqua just told me they charged me twice.')).toBe('Omg shaniqua just told me they charged me twice.');
    expect(redactPii('omg shaniqua just told me they charged me twice.')).toBe('omg [NAME] just told me they charged me twice.');
    expect(redactPii('Omg shaniqua just told me they charged me twice.')).toBe('Omg shaniqua just told me they charged me twice.');
  });
});

describe('the second stage on hostile 5,000-character messages', () => {
  // describe.ts split sentences with a pattern that tried a run of stops from each of its stops: 5,000
  // dots before a letter cost seconds. The summary (the first sentence, at most 160 characters) is kept.
  it.each([
    ['dots then a letter', `${'.'.repeat(LIMIT - 1)}x`, '.'.repeat(159)],
    ['exclamation marks then a letter and one more', `${'!'.repeat(LIMIT - 2)}x!`, '!'.repeat(159)],
  ])('when a message is %s, then its summary is the run cut at 160 characters', (_name, text, start) => {
    expect(summarise(text)).toBe(`${start}…`);
  });

  it('when a sentence ends in a run of stops, then the run ends it', () => {
    expect(summarise('Hi there... I took two pills!!! Now my face is swollen?! Help')).toBe('Hi there...');
  });
});

describe('mail normalisation on hostile bodies', () => {
  // normalise.ts asked "has a kept line text?" of every kept line per line, and stripped '>' with a
  // pattern tried from every line of a blank run: 40,000 blank lines cost 33 s. The answers are kept.
  it.each([
    ['only blank lines', '\n'.repeat(30_000), ''],
    ['blank lines, then only quoted lines', `${'\n'.repeat(30_000)}> quoted\n> more`, 'quoted\nmore'],
    ['a line, blank lines, then a quote', `hello\n${'\n'.repeat(30_000)}> quoted`, 'hello'],
    ['quotes between blank and space-only lines', '>a\n\n\n> b\n  \n>c', 'a\nb\nc'],
  ])('when a mail is %s, then its text is as before', (_name, text, expected) => {
    expect(normaliseMessage(text, 'mail')).toBe(expected);
  });
});
