import { describe, expect, it } from 'vitest';
import { ADVICE_POST_MIN_WORDS, seeksAdviceOnOwnHealth } from '../../src/classifier/safety/advice.ts';
import { secondStage } from '../../src/classifier/local/local-classifier.ts';

const POST =
  'I am 41 and for about three months I get a tight feeling across my chest when I climb stairs, my blood work came back normal and the cardiologist found nothing. Any advice on what else it could be would be appreciated';

describe('seeks advice: a long post on the writer own health that asks for advice in words, with no product, is informational', () => {
  it('when a long first-person post asks for advice and names no medicine or treatment, then the safety answer is set aside to informational', () => {
    expect(seeksAdviceOnOwnHealth(POST)).toBe(true);
    expect(secondStage(POST, 'safety_compliance', 0.9, 'en', 0.9)).toBe('seeks_advice');
  });

  it.each([
    ['does anyone know', 'My left knee has clicked and swollen every evening for six weeks now, mostly after I walk the dog, and it is worse in the cold. Does anyone know whether this settles by itself or needs a scan'],
    ['thanks in advance', 'My daughter is nine and she has had headaches after school most days this autumn, she drinks water and sleeps well. I would like to know what tests are usual for this. Thanks in advance'],
    ['wondering', 'I have been getting a ringing in my right ear at night for a few weeks, no pain and my hearing seems fine, and I keep wondering whether I should see a specialist or wait it out a little longer'],
  ])('when it asks with "%s", then it seeks advice', (_how, text) => {
    expect(seeksAdviceOnOwnHealth(text)).toBe(true);
  });

  it.each([
    ['names a medicine', POST.replace('my blood work', 'since the lisinopril my blood work')],
    ['names a medication word', POST.replace('my blood work', 'on these pills my blood work')],
    ['points to a treatment it took', POST.replace('my blood work', 'since i started it my blood work')],
    ['speaks of a treatment', POST.replace('my blood work', 'after the treatment ended my blood work')],
    ['tells of withdrawal', POST.replace('my blood work', 'the withdrawal is bad and my blood work')],
    ['tells of money taken', 'I checked my balance this morning and I think someone has withdrawn money from it twice while I was in hospital last week and I did not do it. Please help me, I do not know what to do'],
    ['asks for no advice', 'I am 41 and for about three months I get a tight feeling across my chest when I climb stairs, my blood work came back normal and the cardiologist found nothing at all so far'],
    ['is not about the writer', 'The clinic on the corner of the high street now opens at eight on weekdays and at ten on weekends, and the walk-in hours have changed since the summer. Any advice on parking there'],
    ['uses "help" as a verb only', 'I struggle to get up in the morning and my skin is very dry and nothing seems to help, my throat is dry when I wake and I yawn all afternoon and have no energy for the gym'],
  ])('when the post %s, then it does not seek advice in this sense', (_what, text) => {
    expect(seeksAdviceOnOwnHealth(text)).toBe(false);
  });

  it('when the post is shorter than the minimum, then it is no forum post', () => {
    const short = 'my chest feels tight on stairs, any advice please';
    expect(short.split(/\s+/).length).toBeLessThan(ADVICE_POST_MIN_WORDS);
    expect(seeksAdviceOnOwnHealth(short)).toBe(false);
    const words = POST.split(/\s+/);
    expect(seeksAdviceOnOwnHealth(words.slice(-ADVICE_POST_MIN_WORDS).join(' '))).toBe(true);
    expect(seeksAdviceOnOwnHealth(words.slice(-(ADVICE_POST_MIN_WORDS - 1)).join(' '))).toBe(false);
  });

  it('when the guard finds an event in the post, then the answer is the guard one and the rule is not read', () => {
    const text = POST.replace('my blood work', 'i had hives all over after the flu shot and my blood work');
    expect(secondStage(text, 'safety_compliance', 0.9, 'en', 0.9)).toBeUndefined();
  });
});

describe('seeks advice: every word of its lists counts', () => {
  // A long first-person post with no ask; an ask, a pointer to a treatment or a word of money is put in.
  const BASE = 'For about three months I get a tight feeling across my chest when I climb the stairs at work and my blood work came back normal, the cardiologist found nothing at all.';
  const ASK = ' Any advice?';

  it.each([
    'advice', 'advise me', 'suggestions', 'a suggestion', 'suggest something', 'wondering', 'wonder if it matters', 'anyone know', 'anyone knows', 'anyone have this',
    'any one has this', 'anyone else', 'anyone out there', 'anyone experienced this', 'anyone experience this', 'any ideas', 'please', 'thanks', 'thank you', 'help me',
    'need help', 'any help', 'appreciate it', 'i want to know', 'i would like to know', "i'd like to know", 'i need to know', 'what to do', 'let me know',
  ])('when it asks with "%s", then it seeks advice', (ask) => {
    expect(seeksAdviceOnOwnHealth(`${BASE} ${ask}.`)).toBe(true);
  });

  it('when it asks for nothing, then it does not', () => {
    expect(seeksAdviceOnOwnHealth(BASE)).toBe(false);
  });

  it.each(['I', 'my', 'me', "i'm", 'im', "i've", 'ive'])('when the only first-person word is "%s", then the post is the writer own', (word) => {
    const third = `For about three months ${word} get a tight feeling across the chest when climbing the stairs at work and the blood work came back normal, the cardiologist found nothing at all.`;
    expect(seeksAdviceOnOwnHealth(`${third}${ASK}`)).toBe(true);
    expect(seeksAdviceOnOwnHealth(`For about three months he gets a tight feeling across the chest when climbing the stairs at work and the blood work came back normal, the cardiologist found nothing at all.${ASK}`)).toBe(false);
  });

  it.each([
    'the side effects', 'the sideeffects', 'a side effect', 'the reaction', 'the reactions', 'since i started', 'since started', 'since i took', 'since i began', 'taking',
    'took', 'started', 'stopped', 'switched', 'prescribed', 'put me on', 'this med', 'the drug', 'this medicine', 'the treatment', 'the treatments', 'withdrawal',
    'take it', 'took it', 'use it', 'used it', 'using it', 'on it',
  ])('when it points to a treatment with "%s", then it is left to the model', (words) => {
    expect(seeksAdviceOnOwnHealth(`${BASE} Then ${words} came up.${ASK}`)).toBe(false);
  });

  it.each([
    'money', 'account', 'accounts', 'card', 'cards', 'charges', 'paid', 'payment', 'bills', 'refunds', 'bank', 'atm', 'withdrawn', 'bonus', 'stolen', 'stealing',
    'theft', 'fraudulent', 'scammers', 'hacked', 'password', '$40',
  ])('when it speaks of money or misuse ("%s"), then it is left to the model', (word) => {
    expect(seeksAdviceOnOwnHealth(`${BASE} Also ${word} came up.${ASK}`)).toBe(false);
  });
});
