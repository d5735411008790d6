import { describe, expect, it } from 'vitest';
import { tellsClaimAfterLoss } from '../../src/classifier/local/claim-after-loss.ts';

// The claim-after-loss reading (local/claim-after-loss.ts) takes an injury, a death or damage brought to a claim as
// routine claims work: the model's safety answer is set aside and the text is not promoted. Every word of a
// medicine's part, of a misuse, of blame or of a legal complaint must keep a text OUT of it: such a text may report
// an event or a fraud, and setting it aside would lose the report. Each case adds ONE such word to a text the
// reading otherwise takes (the control), so each word is checked on its own; the loss and work words the reading
// needs are checked the other way round. Found by the targeted mutation run of 2026-12-07 (READINGS=claim).

const CRASH_CLAIM = 'i was in a car crash and need to make a claim';

describe('a claim after a loss in which a medicine, a misuse or a complaint takes part is not set aside', () => {
  it('when the text tells only a crash brought to a claim, then it reads as a claim after a loss (the control)', () => {
    expect(tellsClaimAfterLoss(CRASH_CLAIM)).toBe(true);
    expect(tellsClaimAfterLoss(`${CRASH_CLAIM}, thanks`)).toBe(true);
  });

  it.each([
    'the medic came', 'medical bills', 'my medication', 'my meds', 'my med', 'the drug', 'the drugs', 'a pill', 'the pills',
    'a tablet', 'the tablets', 'a capsule', 'the capsules', 'a dose', 'the doses', 'the dosage', 'an overdose', 'he overdosed',
    'the prescription', 'it was prescribed', 'the pharmacy', 'the pharmacist', 'the rx', 'the vaccine', 'vaccinated', 'a shot',
    'the shots', 'a jab', 'the jabs', 'an injection', 'injected', 'a reaction', 'reactions', 'a side effect', 'side-effects',
    'an allergy', 'allergic', 'after taking it', 'after starting it', 'after i took it', 'after he took it', 'after she took it',
    'since taking it', 'since starting it', 'a reaction set it off',
  ])('when the text adds %j (a medicine takes part), then it is not read as a claim after a loss', (words) => {
    expect(tellsClaimAfterLoss(`${CRASH_CLAIM}, ${words}`)).toBe(false);
  });

  it.each([
    'they used my name', 'he is using our details', 'she uses his identity', 'they took her information', 'they have taken my info',
    'they used my data', 'they used my card', 'they used my cards', 'they used my number', 'they used my policy',
    'they used my account', 'they used my social security', 'they used my ssn', 'a policy in my name', 'a loan in her name',
    'he pretended to be me', 'someone impersonating me', 'my identity', 'it is fraud', 'a fraudulent claim', 'a scam',
    'they scammed me', 'my account was hacked', 'a hacker', 'they stole it', 'it was stolen', 'they steal', 'my lawyer',
    'the lawyers', 'my attorney', 'the attorneys', 'i will sue', 'i am suing', 'i sued them', 'a lawsuit', 'legal advice',
    'legally', 'their negligence', 'they were negligent', 'malpractice', 'they neglected him', 'neglect', 'i want to complain',
    'a complaint', 'i reported them', 'i will report it', 'reporting him', 'report her', 'the regulator', 'the regulators',
    'the ombudsman', 'the medical board', 'hipaa', 'the fault of the city', 'because of the doctor', 'because of a nurse',
    'because of the hospital', 'because of his surgeon', 'because of her clinic', 'because of their care home',
    'because of the nursing home', 'because of the staff', 'he is impersonating me', 'a stranger drove off',
    'someone drove off', 'some money is missing',
  ])('when the text adds %j (a misuse, blame or a complaint), then it is not read as a claim after a loss', (words) => {
    expect(tellsClaimAfterLoss(`${CRASH_CLAIM}, ${words}`)).toBe(false);
  });
});

describe('the loss and the work a claim after a loss needs', () => {
  it.each([
    'in an accident', 'in two accidents', 'in a crash', 'crashed', 'in crashes', 'in a car wreck', 'wrecked', 'in a collision',
    'in collisions', 'collided', 'rear-ended', 'rearended', 'in a fender bender', 'in a fender-bender', 'in a fenderbender',
    'in a hit and run', 'hit by a car', 'struck by a van', 'knocked down', 't-boned', 'tboned', 'totalled', 'totaled',
    'hit by a storm', 'in storms', 'hit by hail', 'hit by hailstones', 'in a flood', 'in floods', 'flooded', 'flooding',
    'in a house fire', 'in a home fire', 'in a kitchen fire', 'in a garage fire', 'in a fire at work', 'in a fire in town',
    'hurt by a burst pipe', 'hurt when a tree fell', 'slipped on ice', 'tripped over', 'hurt when i fell down', 'bereaved',
    'in a storm', 'caught in hail', 'caught in hailstones', 'dealing with a bereavement', 'at a funeral', 'told he died', 'told of a death', 'told he passed away', 'with my late husband', 'deceased',
  ])('when the writer was %s and needs to make a claim, then it is a claim after a loss', (loss) => {
    expect(tellsClaimAfterLoss(`i was ${loss} and need to make a claim`)).toBe(true);
    expect(tellsClaimAfterLoss('i was at home and need to make a claim')).toBe(false);
  });

  it.each([
    'i need to file a claim', 'about my claims', 'i am claiming', 'i claimed', 'my policy', 'my policies', 'my insurance',
    'my insurer', 'am i insured', 'is it cover', 'is it covered', 'what coverage', 'the deductible', 'the adjuster', 'the payout',
    'will you pay out', 'the settlement', 'my account', 'my accounts', 'the beneficiary', 'the beneficiaries', 'his estate',
    'my premium', 'my premiums', 'the bill', 'the bills', 'the repair', 'the repairs', 'it was replaced', 'a replacement', 'a tow',
    'it was towed', 'the towing', 'a rental car',
  ])('when a crash is brought to %j, then it is a claim after a loss', (work) => {
    expect(tellsClaimAfterLoss(`i was in a car crash, ${work}`)).toBe(true);
    expect(tellsClaimAfterLoss('i was in a car crash, it was scary')).toBe(false);
  });
});
