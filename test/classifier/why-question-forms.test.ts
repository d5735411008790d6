import { describe, expect, it } from 'vitest';
import { asksWhyOrWhether } from '../../src/classifier/local/why-question.ts';

// The why-or-whether reading (local/why-question.ts) turns a service answer to informational: each form it reads
// is pinned against a near miss, and each way a later clause asks for something done must keep it away.

describe('why or whether: the forms read, against a near miss', () => {
  it.each([
    ['two lead-in words', 'ok so did you get my payment', 'ok so you got my payment'],
    ['a lead-in word and a dash', 'ok -- did you get my payment', 'ok -- you got my payment'],
    ['"yall" without the apostrophe', 'did yall get my payment', 'did yall see the game'],
  ])('when the text opens with %s, then it asks to be told', (_form, text, nearMiss) => {
    expect(asksWhyOrWhether(text)).toBe(true);
    expect(asksWhyOrWhether(nearMiss)).toBe(false);
  });

  it.each([
    ['"why" after other words', 'i wonder why was i charged a fee'],
    ['"did you" after other words', 'i asked did you get my payment'],
    ['only a greeting', 'hi there'],
  ])('when the question stands in %s, then the text does not open by asking and it is none', (_kind, text) => {
    expect(asksWhyOrWhether(text)).toBe(false);
  });
});

describe('why or whether: a later clause asking for something done keeps the reading away', () => {
  it('when the question stands alone, then it asks to be told (the control)', () => {
    expect(asksWhyOrWhether('why was i charged twice')).toBe(true);
    expect(asksWhyOrWhether('did you get my payment')).toBe(true);
  });

  it.each([
    ['a command after a question mark with no space', 'did you get my payment?cancel my autopay'],
    ['a command in quotes', 'did you get my payment, "cancel my autopay"'],
    ['"fix" inside its clause', 'why was i charged twice, then just fix it'],
    ['a want of it undone with a word after it', 'why was i charged a delivery fee i thought delivery was free i want that taken off now'],
  ])('when the text adds %s, then it is none', (_kind, text) => {
    expect(asksWhyOrWhether(text)).toBe(false);
  });
});
