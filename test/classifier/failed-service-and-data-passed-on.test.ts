import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { MISUSE } from '../../src/classifier/local/command-turn.ts';

describe('a thing that failed to happen is no denial of a misuse (LABELING.md: a lost card, a late delivery: service_action)', () => {
  it.each(['my card never arrived in the mail', "my card payment didn't go through online", 'the transfer did not go through', 'my new card never showed up'])(
    'when the text says %s, then it holds no word of a misuse',
    (text) => {
      expect(MISUSE.test(text.toLowerCase())).toBe(false);
    },
  );

  it.each(["i didn't make this purchase", 'i never authorised that payment', "the card arrived but i didn't use it for that"])(
    'when the text denies a doing (%s), then it still holds a word of a misuse',
    (text) => {
      expect(MISUSE.test(text.toLowerCase())).toBe(true);
    },
  );

  it('when the model says safety on a card that never arrived, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: constantModel('safety_compliance') });
    expect(await classifier.categorise({ text: 'my card never arrived in the mail', channel: 'chat' })).toBe('service_action');
  });
});

describe('personal data passed on to marketers or third parties is a privacy breach (LABELING.md: safety_compliance)', () => {
  it.each([
    'my phone number was given to a marketing company without my consent',
    'my email address was sold to spammers after I signed up',
    'I keep getting spam since you sold my email',
    'you shared my details with third parties',
  ])('when the text says %s, then the guard fires a privacy breach', (text) => {
    const scan = scanSafety(text);
    expect(scan.signals.map((s) => s.kind)).toContain('privacy_breach');
  });

  it.each(['do you sell my data to advertisers?', 'I never gave my email to marketing companies'])(
    'when it asks in general or denies it (%s), then the guard does not fire',
    (text) => {
      expect(scanSafety(text).fired).toBe(false);
    },
  );
});

describe('someone to talk to, or someone who hit the car, is no misuse of the account', () => {
  it.each(['can i speak to someone about my policy', 'someone from your claims team called me', 'someone hit my car in the parking lot', 'i need someone to call me back'])(
    'when the text says %s, then it holds no word of a misuse',
    (text) => {
      expect(MISUSE.test(text)).toBe(false);
    },
  );

  it.each(['someone used my card', 'someone took money from my account', 'somebody logged into my account'])(
    'when someone else did something with the account (%s), then it still holds a word of a misuse',
    (text) => {
      expect(MISUSE.test(text)).toBe(true);
    },
  );
});
