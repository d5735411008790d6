import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isRoutineCardRequest } from '../../src/classifier/local/card-request.ts';

describe('a card worn out, refused or kept by a machine, with no one\'s doing (LABELING.md: like a lost card, service_action)', () => {
  it.each([
    'my bank card snapped in two this morning',
    'the chip on my card is scratched and the terminal will not read it',
    'my credit card melted on the car dashboard',
    'my card got declined at the petrol station',
    'the card keeps being rejected online',
    'my debit card isnt working',
    "the new card won't work at the till",
    'the cash machine swallowed my card',
    'the atm ate my card last night',
  ])('when the text says %s, then it is a routine card request', (text) => {
    expect(isRoutineCardRequest(text)).toBe(true);
  });

  it.each([
    'someone took my card and now it is declined',
    'my card was declined after a charge i did not make',
    'i think my card was stolen, it got declined',
    'the waiter kept my card and charged me twice',
  ])('when the text also tells of a misuse or a charge (%s), then it is no routine card request', (text) => {
    expect(isRoutineCardRequest(text)).toBe(false);
  });

  it.each(['my skin burns, id like to know why', 'my arm got burnt and the id bracelet is stuck'])(
    'when "id" may be "I\'d" or an ID band beside a burn (%s), then it is no routine card request',
    (text) => {
      expect(isRoutineCardRequest(text)).toBe(false);
    },
  );

  it('when the model says safety on a declined card the guard finds nothing in, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: constantModel('safety_compliance') });
    expect(await classifier.categorise({ text: 'my card got declined at the petrol station', channel: 'chat' })).toBe('service_action');
  });
});
