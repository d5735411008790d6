import { describe, expect, it } from 'vitest';
import { damagesCard } from '../../src/classifier/local/card-request.ts';

// The damaged-card reading (local/card-request.ts damagesCard) sets the guard's burn or damage term aside as a
// damage said of a card in routine card work. Every word of the card's use by someone (a charge, a purchase, a
// withdrawal) or of a misuse must keep a text OUT of it, and every term set aside must be a damage: otherwise a
// fraud or a real burn could be set aside. Each case changes ONE word or term of a text the reading otherwise takes.
// Found by the targeted mutation run of 2026-12-07 (READINGS=card).

const BURNT_CARD = 'my credit card got burnt in a fire, i need a new one';
const BURNT = [{ term: 'burnt' }];

describe('a damaged card: words of use or misuse, and terms that are no damage, keep the guard firing', () => {
  it('when the text tells only a burnt card to replace, then the burn is a damage of the card (the control)', () => {
    expect(damagesCard(BURNT_CARD, BURNT)).toBe(true);
  });

  it.each([
    'someone used it', 'it was used', 'there is a charge', 'there are charges', 'i was charged', 'a purchase', 'two purchases',
    'a withdrawal', 'they withdrew money', 'a transaction', 'transactions', 'it was stolen', 'a stranger has it', 'fraud',
    'it was hacked', 'it was not me',
  ])('when the text adds %j, then the burn is not set aside as a damage of the card', (words) => {
    expect(damagesCard(`${BURNT_CARD}, ${words}`, BURNT)).toBe(false);
  });

  it.each([
    ['nothing', []],
    ['a term that is no damage', [{ term: 'rash' }]],
    ['a term that is no damage beside a damage', [{ term: 'burnt' }, { term: 'rash' }]],
    ['a longer term that holds a damage', [{ term: 'burnt skin' }]],
    ['a damage word inside a longer term', [{ term: 'a burn' }]],
  ])('when the guard set aside %s, then nothing is set aside as a damage of the card', (_what, suppressed) => {
    expect(damagesCard(BURNT_CARD, suppressed)).toBe(false);
  });

  it.each(['Burnt', 'burns', 'melted', 'chewed'])('when the guard set aside "%s", then it is a damage of the card', (term) => {
    expect(damagesCard(BURNT_CARD, [{ term }])).toBe(true);
  });
});
