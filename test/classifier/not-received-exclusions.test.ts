import { describe, expect, it } from 'vitest';
import { tellsNothingReceived } from '../../src/classifier/local/not-received.ts';

// The not-received reading (local/not-received.ts) sets a safety answer aside, so each word that keeps it away must
// count on its own: a card never got is set aside (the control), the same sentence with one word of money or misuse
// is not. Removing such a word, or cutting its ending, would lose a misuse report.
const CONTROL = 'i never got my new card';

describe('not received: each word of money or misuse keeps the reading away, against a control', () => {
  it('when a card was never got and nothing more is said, then the reading applies (the control)', () => {
    expect(tellsNothingReceived(CONTROL)).toBe(true);
  });

  it.each([
    ['"charged" (charg with an ending)', 'they charged me anyway'],
    ['"charges"', 'there are charges on it'],
    ['"debit" alone', 'there is a debit on it'],
    ['"withdrawal"', 'there was a withdrawal'],
    ['"withdrawn" (one letter after withdraw)', 'money was withdrawn'],
    ['"purchased"', 'something was purchased with it'],
    ['"purchases"', 'there are purchases on it'],
    ['"fraudulent"', 'there is fraudulent use'],
    ['"scammed"', 'i think i was scammed'],
    ['"wasnt me" without the apostrophe', 'the order wasnt me'],
    ['"open a new account"', 'they can open a new account with it'],
    ['"open an account"', 'they can open an account'],
  ])('when the text adds %s, then the reading does not apply', (_word, tail) => {
    expect(tellsNothingReceived(`${CONTROL}, ${tail}`)).toBe(false);
  });
});

describe('not received: each form of no answer is read, against a near miss', () => {
  it.each([
    ['words between "nobody" and the verb', 'nobody at the office has returned my call', 'nobody at the office has seen my call'],
    ['one word after the one who should answer', 'my agent jim never called me back', 'my agent jim never called me names'],
    ['"didnt" without the apostrophe', 'the adjuster didnt call me back', 'the adjuster didnt call me names'],
    ['"call" bare', "the adjuster won't call me back", "the adjuster won't call me names"],
    ['"called back" with no one named', 'my agent never called back', 'my agent never came back'],
    ['a word between "my" and the calls', 'nobody returned my phone calls', 'nobody returned my phone'],
    ['"email" singular', "the adjuster won't return my email", "the adjuster won't return my form"],
    ['"message" singular', 'nobody has returned my message', 'nobody has returned my form'],
    ['"text" singular', 'nobody has returned my text', 'nobody has returned my form'],
    ['"answer" bare', 'no one will answer at the claims number', 'no one will wait at the claims number'],
    ['"got back to me"', 'nobody got back to me', 'nobody got to me'],
    ['"contact" bare', 'no one will contact me', 'no one will comfort me'],
    ['"reach out" bare', 'no one will reach out', 'no one will reach it'],
    ['"pick up" bare', 'no one will pick up', 'no one will pick it'],
  ])('when the customer says it with %s, then the reading applies; a near miss does not', (_form, text, nearMiss) => {
    expect(tellsNothingReceived(text)).toBe(true);
    expect(tellsNothingReceived(nearMiss)).toBe(false);
  });
});
