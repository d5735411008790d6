import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier, secondStage } from '../../src/classifier/local/local-classifier.ts';
import { tellsClaimAfterLoss } from '../../src/classifier/local/claim-after-loss.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

/** A model that answers safety_compliance at about 0.66 with service_action the runner-up: below the money ceiling. */
const safetyBelowCeiling = () => createLocalClassifier({ model: { ...constantModel('safety_compliance'), bias: [0, 0.5, 1.5] } });

describe('an injury, a death or damage brought to a claim, a policy or an account (LABELING.md: claims after an accident are routine claims work)', () => {
  it.each([
    'i got hurt in a car crash and need to claim for the hospital bills',
    'my husband passed away and i need to remove him from our joint account',
    'my son crashed my car and broke his wrist, we need to make a claim',
    'hail damaged the roof of my car, i need to make a claim',
    'my basement flooded after the heavy rain, i would like to claim for the carpets',
    'i slipped on the ice at work and hurt my back, does my policy cover the physio bills',
    'someone rear-ended me at a red light and my neck hurts, i want to start a claim',
    'my late father left me as beneficiary on his life insurance, how do i claim',
  ])('when the text says "%s", then it tells of a claim after a loss', (text) => {
    expect(tellsClaimAfterLoss(text)).toBe(true);
  });

  it.each([
    'i crashed my car after the new sleeping pills made me drowsy, i need to file a claim',
    'my mother died after the pharmacy gave her the wrong dose, i want to claim',
    'he had a reaction to the vaccine and crashed the car, is that covered by the policy',
    'my dad passed away because the nursing home neglected him, i want to file a claim against them',
    'my lawyer says i can claim for the accident at the clinic',
    'somebody filed a claim on my policy using my name after an accident i never had',
    'someone used my card after the accident, there are charges i did not make on my account',
  ])('when a medicine, a misuse or a legal complaint takes part ("%s"), then it is no routine claim', (text) => {
    expect(tellsClaimAfterLoss(text)).toBe(false);
  });

  it.each([
    'i hurt my back lifting boxes, what can i take for it',
    'my car insurance renewal letter came today',
    'the accident happened on monday',
  ])('when a loss or a claim is missing ("%s"), then it is none', (text) => {
    expect(tellsClaimAfterLoss(text)).toBe(false);
  });

  it('when an injury in a crash is brought to a claim as a statement, then it is not promoted to a report', () => {
    expect(secondStage('i got hurt in a car crash and need to claim for the hospital bills', 'service_action', 0.2)).toBeUndefined();
  });

  it('when the same injury follows a medicine, then the reading does not apply and the guard reports it', () => {
    const text = 'i got hurt in a car crash after my new pills and need to claim for the hospital bills';
    expect(tellsClaimAfterLoss(text)).toBe(false);
    expect(scanSafety(text).fired).toBe(true);
  });

  it('when a death with no medicine is told beside a claim but nothing of an account, then the promotion still reads it', () => {
    expect(secondStage('my husband passed away last week, the accident was terrible', 'service_action', 0.2)).toBe('promoted');
  });

  it('when the model says safety below the ceiling on a death brought to an account, then the answer is its runner-up', async () => {
    expect(await safetyBelowCeiling().categorise({ text: 'my husband passed away and i need to remove him from our joint account', channel: 'chat' })).toBe('service_action');
  });

  it('when the model is sure of safety (above the ceiling), then its answer stays', async () => {
    const sure = createLocalClassifier({ model: constantModel('safety_compliance') });
    expect(await sure.categorise({ text: 'my husband passed away and i need to remove him from our joint account', channel: 'chat' })).toBe('safety_compliance');
  });

  it.each([
    'my wallet was stolen in the crash and someone has been using my card',
    'somebody filed a claim on my car insurance pretending to be me',
    'i was in an accident and the other driver used my details to open a policy',
  ])('when a misuse is told beside an accident or a claim ("%s"), then the service answer stays safety_compliance', async (text) => {
    const answer = await safetyBelowCeiling().categorise({ text, channel: 'chat' });
    expect(scanSafety(text).fired || answer === 'safety_compliance').toBe(true);
  });
});
