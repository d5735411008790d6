import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { tellsNothingReceived } from '../../src/classifier/local/not-received.ts';

const ALWAYS_SAFETY = constantModel('safety_compliance');

describe('a thing owed never received or a call never returned (LABELING.md: a missing item to trace, a complaint about service)', () => {
  it.each([
    'i never got my new id cards in the mail',
    "i didn't receive a bill this month",
    'we still haven’t received the refund check',
    'i have not yet received my renewal paperwork',
    'my agent never called me back',
    'i left three messages and nobody has returned my call',
    'no one answers at the claims number',
    "the adjuster won't return my emails",
    'my agent does not respond',
  ])('when the customer says %s, then it tells of nothing received', (text) => {
    expect(tellsNothingReceived(text)).toBe(true);
  });

  it.each([
    ['a question', 'did you send my new card? i never got it'],
    ['money taken', 'i was charged for pills i never got'],
    ['a debit', 'my account was debited and i never received my order'],
    ['a purchase', 'i never received the purchase'],
    ['someone else', 'someone else must have my card, i never got it'],
    ['a theft', 'my mail was stolen and i never got my card'],
    ['a fraud word', 'possible fraud, i never received the letter'],
    ['an account opened', 'they opened a new account and i never got a letter'],
    ['a medicine named', 'i never got my lisinopril refill in the mail'],
    ['nothing owed', 'i never got better after the fall'],
    ['an answer to a question', 'nobody answered my question about coverage'],
  ])('when the text holds %s, then the reading does not apply', (_kind, text) => {
    expect(tellsNothingReceived(text)).toBe(false);
  });

  it.each([
    'i was billed',
    'then a charge showed up',
    'money was withdrawn',
    'there is a transaction',
    'i paid for it',
    'i bought it',
    'somebody has it',
    'some one has it',
    'a stranger has it',
    'they stole it',
    'it was stolen',
    'they are stealing',
    'it looks like fraud',
    'this is a scam',
    'i was hacked',
    'there was an unauthorized use',
    'the order was not me',
    "the login wasn't me",
    'my identity is at risk',
    'a card was made in my name',
    'a man pretending to be you called',
    'a man is impersonating me',
    'you opened a new card',
  ])('when a never-received card comes with words of money or misuse (%s), then the reading does not apply', (tail) => {
    expect(tellsNothingReceived(`i never got my new card, ${tail}`)).toBe(false);
  });

  it('when the model says safety_compliance on a call never returned, then the answer is service_action and says why', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_SAFETY });
    const text = 'my agent never called me back';
    const answer = await classifier.classify({ text, channel: 'chat' });
    expect(answer.category).toBe('service_action');
    expect(answer.reasoning).toContain('a thing owed never received or a call never returned');
  });

  it('when the guard hears an event beside it, then the safety answer stays', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_SAFETY });
    expect(await classifier.categorise({ text: 'my agent never called me back and since I started lisinopril my lips are swelling', channel: 'chat' })).toBe('safety_compliance');
  });
});
