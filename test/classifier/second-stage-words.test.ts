import { describe, expect, it } from 'vitest';
import { isRoutineCardRequest } from '../../src/classifier/local/card-request.ts';
import { isCommandTurn } from '../../src/classifier/local/command-turn.ts';

// Every word of the second stage's word lists, one by one: a list word that no test names can be lost unseen.
const MISUSE_WORDS = [
  'someone', 'somebody', 'some one', 'a stranger', 'not me', 'wasnt me', "wasn't me", 'didnt', "didn't", 'did not', 'never', 'stolen', 'stole',
  'stealing', 'fraud', 'fraudulent', 'scam', 'hacked', 'unauthorized', 'unauthorised',
];

describe('routine card requests: each way a card is lost or renewed', () => {
  it.each([
    'i lost my credit card', 'i misplaced my debit card', "i can't find my member id card", 'i cant find my card', 'i cannot find my card',
    'my card is missing', 'my card expired', 'i have an expiring card', 'my card got damaged', 'my card is broken', 'i got a bent card',
    'i have a cracked card', 'i need a replacement card', 'please replace my card', 'i need a new card', 'i want to renew my card',
    'renewal of my card please', 'how do i activate my card', 'did it arrive yet, my card', 'delivery of my card',
    'the card i had is lost', 'my id was misplaced',
  ])('when the text says %s, then it is a routine card request', (text) => {
    expect(isRoutineCardRequest(text)).toBe(true);
  });

  it.each([...MISUSE_WORDS, 'used it', 'charges on it', 'it was charged', 'purchases i', 'a withdrawal', 'two transactions'])(
    'when a lost card comes with "%s", then it is no routine request',
    (words) => {
      expect(isRoutineCardRequest(`i lost my card and ${words}`)).toBe(false);
    },
  );

  it('when no card is named, then it is no card request', () => {
    expect(isRoutineCardRequest('i lost my keys')).toBe(false);
    expect(isRoutineCardRequest('my cardigan is missing')).toBe(false);
  });
});

describe('commands: lead-in words and misuse words', () => {
  it.each(['hey', 'hi', 'hello', 'ok', 'okay', 'so', 'um', 'uh', 'oh', 'yes', 'yeah', 'well', 'please', 'pls', 'plz', 'now', 'just', 'siri', 'olly', 'alexa', 'google', 'can you', 'could you', 'would you', 'will you', 'i want you to', 'i need you to', 'kindly', 'go ahead and', 'and'])(
    'when "%s" comes before the verb, then the text is still a command',
    (lead) => {
      expect(isCommandTurn(`${lead}, turn off the lights`)).toBe(true);
    },
  );

  it.each(MISUSE_WORDS)('when a command tells of "%s", then it is not read as a routine command', (words) => {
    expect(isCommandTurn(`freeze my account, ${words} got in`)).toBe(false);
  });

  it('when the verb only appears after the lead-in words and other words, then it is not a command', () => {
    expect(isCommandTurn('my sister said turn off the lights')).toBe(false);
    expect(isCommandTurn('   Turn off the lights   ')).toBe(true);
  });
});
