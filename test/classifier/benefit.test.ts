import { describe, expect, it } from 'vitest';
import { createLocalClassifier, secondStage } from '../../src/classifier/local/local-classifier.ts';
import { isBenefitStatement } from '../../src/classifier/safety/benefit.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

// Review sentences that only credit a medicine (issue #11; LABELING.md, "a review sentence"): what a
// medicine relieved is no adverse event; anything it caused, or a need of the body it lowered, is.
describe('benefit statements: what a medicine relieved, and nothing it caused', () => {
  it.each([
    'It completely eliminated my migraines.',
    'Reduced my joint pain within a week.',
    'No more hot flashes at night.',
    'Finally able to sleep through the night.',
    'Lowered my cholesterol by forty points.',
    'My anxiety at work was lowered a lot.',
    'Works great for my migraines, I recommend it.',
    'It eliminated my headaches and nausea.',
    'Stopped and prevented breakouts of hives!',
    'Helped reduce pain from the spasms.',
  ])('when the sentence only says what the medicine did for the writer (%s), then it is a benefit statement', (text) => {
    expect(isBenefitStatement(text)).toBe(true);
    expect(secondStage(text, 'safety_compliance', 0.9)).toBe('benefit');
  });

  it.each([
    ['a need of the body lowered', 'It lowered my libido.'],
    ['an appetite taken away', 'Took away my appetite completely.'],
    ['a side effect after a "but"', 'It helped my back pain but gave me a rash.'],
    ['a weight gained', 'Reduced my anxiety, though I gained ten pounds.'],
    ['an overshoot', 'It lowered my blood pressure too much.'],
    ['a symptom nothing relieved', 'Relieved the pain, dizziness for the first week.'],
    ['a side effect that passed', 'Nausea improved after the second week.'],
    ['a symptom relieved only by something else', 'Constipation, only relieved by a laxative every day.'],
    ['a dose cut', 'Reduced the dose to 50 mg and able to work again.'],
    ['a purpose, not an outcome', 'I had surgery to alleviate the inflammation.'],
    ['more than one sentence', 'It helped my pain a lot. Worth every penny.'],
    ['an ability lost', 'Not able to sleep since it was helped along by a higher dose.'],
    ['a symptom after the relief, not in its list', 'It relieved my headaches then dizziness started.'],
    ['a symptom the medicine gave', 'It eliminated my headaches and gave me nausea.'],
    ['nothing of health to credit', 'I need to be able to change my seat, that would work great.'],
  ])('when the sentence carries %s, then it is not a benefit statement', (_what, text) => {
    expect(isBenefitStatement(text)).toBe(false);
  });

  it('when the model answers safety on a benefit statement, then the answer is informational with the reason said', async () => {
    // The shipped model gives this sentence safety 0.91 ("patch got", "pain"); the second stage sets it aside.
    const answer = await createLocalClassifier().classify({ text: 'The patch got rid of my pain.', channel: 'chat' });
    expect(answer.category).toBe('informational');
    expect(answer.reasoning).toContain('says only what a medicine relieved, nothing it caused');
  });

  it('when a symptom statement is also a benefit statement, then it is not promoted to a report', () => {
    // The guard sets "hot flashes" aside for want of a medicine: a bare statement of it is promoted, a relief of it is not.
    expect(secondStage('Hot flashes every night for a month.', 'informational', 0.3)).toBe('promoted');
    expect(secondStage('No more hot flashes at night.', 'informational', 0.3)).toBeUndefined();
  });

  it('when the guard fires on the sentence, then the benefit reading does not overrule it', () => {
    expect(secondStage('It eliminated my pain but I took twice the dose by mistake.', 'safety_compliance', 0.9)).toBeUndefined();
  });

  it.each([
    ['Prozac stopped my panic attacks.', 'panic attacks'],
    ['The medication relieved the pain nearly completely.', 'pain'],
  ])('when a benefit statement names a medicine and a symptom (%j), then the guard does not fire and says the symptom is what the medicine is for', (text, term) => {
    expect(scanSafety(text)).toEqual({ fired: false, signals: [], suppressed: [{ kind: 'adverse_event', term, reason: 'indication' }] });
  });

  it.each([
    ['Zoloft gave me panic attacks.', ['adverse_event:panic attacks']],
    ['Prozac stopped my panic attacks but I gained weight.', ['adverse_event:panic attacks', 'adverse_event:gained weight']],
    ['Prozac stopped my panic attacks. Then I took a double dose by mistake.', ['adverse_event:panic attacks']],
  ])('when the statement also tells of harm (%j), then the guard still fires', (text, expected) => {
    const scan = scanSafety(text);
    expect(scan.fired).toBe(true);
    expect(scan.signals.map((s) => `${s.kind}:${s.term}`)).toEqual(expect.arrayContaining(expected));
  });

  it('when a benefit sentence opens with a line break (a pasted message), then it is still one sentence', () => {
    expect(isBenefitStatement('\nReduced my joint pain within a week.')).toBe(true);
  });
});
