import { describe, expect, it } from 'vitest';
import { asksOfEffectAfterIntake } from '../../src/classifier/local/asked-reaction.ts';
import { secondStage } from '../../src/classifier/local/local-classifier.ts';

// Issue #11: a report told inside a question (LABELING.md: an effect the asker may attribute to a product they took).
describe('asked reaction: an intake told, an effect after it, a question about it', () => {
  it.each([
    ['started', 'My son started Strattera last month and now he gets stomach aches. Could it be the Strattera?'],
    ['began', 'She began Keppra in May and now she is angry all day. Could it be the Keppra?'],
    ['begun', 'I have begun Keppra this spring and now I sleep all day. Is this normal?'],
    ['been taking', 'My dad has been taking Lipitor for a year and now his liver tests are high. Could it be the Lipitor?'],
    ['been using', "I've been using a nasal spray for a week and now I get nosebleeds. Could it be the spray?"],
    ['been on', "I've been on Lexapro for a month and I can't feel anything. Is this the medication?"],
    ['was given', 'My wife was given Keflex and now she has hives. Should she stop it?'],
    ['were put on', 'We were put on Keppra and now we feel low. Is this normal?'],
    ['been prescribed', 'I have been prescribed Keppra and now I feel low. Is this normal?'],
    ['got started on', 'I got started on Keppra and now I feel low. Is this normal?'],
    ['put me on', 'The doctor put me on Keppra and now I am dizzy. Is this normal?'],
    ['took', 'I took naproxen and my face broke out in hives. Am I allergic to it?'],
    ['taken', 'I have taken Keppra for a week and now my hands feel numb. Is this normal?'],
    ['used', 'I used a new sunscreen and my skin broke out in blisters. Could it be the sunscreen?'],
    ['switched to', 'I switched to generic Synthroid and since then my heart pounds. Is this normal?'],
    ['switched brands', 'I switched brands of Synthroid and since then my heart pounds. Is this normal?'],
    ['got the', 'I got the flu shot on Monday and now my arm is swollen. Is this normal?'],
    ['had a', 'I had a tetanus shot and later a hard lump came up. Is this normal?'],
    ['gave him', 'We gave him Tylenol and now he has a rash. Could the Tylenol do that?'],
  ])('when the intake is told as "%s" (%s), then it is a report asked about', (_form, text) => {
    expect(asksOfEffectAfterIntake(text)).toBe(true);
  });

  it.each([
    ['and', 'I started Keppra in May and my hands shake. Is this normal?'],
    ['now', 'I started Keppra in May, now my hands shake. Is this normal?'],
    ['since', 'I started Keppra in May, since my hands shake. Is this normal?'],
    ['then', 'I started Keppra in May, then my hands shook. Is this normal?'],
    ['later', 'I started Keppra in May, weeks later my hands shook. Is this normal?'],
    ['but', 'I started Keppra in May but my hands shake. Is this normal?'],
    ['after', 'I started Keppra in May, after a week my hands shook. Is this normal?'],
    ['a new sentence', 'I started Keppra in May. My hands shake all day. Is this normal?'],
    ['a semicolon', 'I started Keppra in May; my hands shake all day. Is this normal?'],
  ])('when the effect follows the intake after "%s", then it is a report asked about', (_link, text) => {
    expect(asksOfEffectAfterIntake(text)).toBe(true);
  });

  it.each([
    'Could it be the Keppra?',
    'Can the Keppra cause this?',
    'Might this make it worse?',
    'Did the Keppra do this?',
    'Does it make sense?',
    'Was it from the Keppra?',
    'Is it the Keppra?',
    'Might this be my Keppra?',
    'Could that be his dose?',
    'Could this be her dose?',
    'Is that a side effect?',
    'Is this a reaction?',
    'Am I allergic?',
    'Is it dangerous?',
    'Is it serious?',
    'Should I be worried?',
    'Should we stop?',
    'Should he keep going?',
    'Should she quit?',
    'Should they continue?',
    'Should I change the dose?',
    'Should I lower the dose?',
    'Should I switch?',
    'Should I see someone?',
    'What should I do?',
    'What do we do?',
    'What can I do?',
  ])('when the question asks about the effect (%s), then it is a report asked about', (question) => {
    expect(asksOfEffectAfterIntake(`I started Keppra in May and my hands shake all day. ${question}`)).toBe(true);
  });

  it.each(['spray', 'sunscreen', 'cream', 'lotion', 'ointment', 'dye', 'drops', 'toothpaste', 'supplement', 'solution'])(
    'when the product is a %s the guard lists hold no name for, then it is a report asked about',
    (form) => {
      expect(asksOfEffectAfterIntake(`I used a new ${form} and now my skin burns. Could it be the ${form}?`)).toBe(true);
    },
  );
});

describe('asked reaction: questions that tell no intake, no effect after it or ask nothing of it stay questions', () => {
  it.each([
    ['asks in general', 'Can Accutane cause nosebleeds and back pain?'],
    ['an intake to come', 'My doctor wants to start me on Zoloft. Will it make it hard to sleep?'],
    ['the product an option', 'I have a bad headache since this morning. Should I take Tylenol or ibuprofen?'],
    ['no question mark', 'I started Keppra in May and my hands shake all day.'],
    ['nothing asked about the effect', 'I started Keppra in May and now I travel a lot. Can I drink on it?'],
    ['nothing told after the intake', 'My doctor started me on Keppra last month for seizures. Is this normal?'],
    ['no product', 'I started a new job in May and now my head aches. Could it be the job?'],
  ])('when the question %s (%s), then it is no report', (_why, text) => {
    expect(asksOfEffectAfterIntake(text)).toBe(false);
  });

  it.each([
    ["haven't", "I haven't started Keppra and my sister says she got sick. Is this normal?"],
    ["hasn't", "She hasn't taken Keppra and her sister says she got sick. Is this normal?"],
    ['have not', 'I have not begun Keppra and my sister says she got sick. Is this normal?'],
    ['has not', 'He was given Keppra but has not tried it and now his hands shake. Is this normal?'],
    ['not yet', 'I was given Keppra but not yet started it and my sister got sick. Is this normal?'],
    ["didn't", "I was given Keppra but didn't take it and now my hands shake. Is this normal?"],
    ['did not', 'I was given Keppra but did not start it and now my hands shake. Is this normal?'],
    ['if I take', 'The doctor gave my son Keppra and if I take it too, then my hands may shake. Is this normal?'],
    ['if she starts', 'The doctor gave her Keppra and if she start it, then her hands may shake. Is this normal?'],
    ['if we use', 'The doctor gave my son Keppra and if we use it, then his hands may shake. Is this normal?'],
    ['if they try', 'The doctor gave her Keppra and if they try it, then her hands may shake. Is this normal?'],
  ])('when the intake is denied or to come ("%s"), then it is no report (%s)', (_form, text) => {
    expect(asksOfEffectAfterIntake(text)).toBe(false);
  });
});

describe('asked reaction in the second stage: the model’s safety answer stands', () => {
  it('when a report of a product with no listed name asks what to do, then the question branch does not set it aside', () => {
    expect(
      secondStage('I used a new hair dye at home and within hours my scalp was burning and my face swelled. What do I do?', 'safety_compliance', 0.99),
    ).toBeUndefined();
  });

  it('when a report asks whether the medicine did it, then the question branch does not set it aside', () => {
    expect(
      secondStage('My teenage son started Accutane two months ago and now he has terrible nosebleeds and back pain. Could the medicine do this?', 'safety_compliance', 0.99),
    ).toBeUndefined();
  });

  it('when a question asks in general whether a drug causes an effect, then it is still set aside as a question on health', () => {
    expect(secondStage('Can Accutane cause nosebleeds and back pain?', 'safety_compliance', 0.99)).toBe('asks_health');
  });
});
