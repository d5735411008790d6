import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { tellsOfServiceFault } from '../../src/classifier/local/service-fault.ts';

describe('what is faulty: a card, an app, a website, a document or a house is no product (LABELING.md, product quality)', () => {
  it.each([
    'the card machine says my card is not working',
    'the agent is not responding in the chat',
    'the website is not responding when I try to pay',
    'my name is misspelled on the policy document',
    'the letter was mislabeled with the wrong account number',
    'there is mold in my bathroom, is that covered by my home insurance?',
    'my car is dented, how do I file a claim',
    'there is a wrong name on my bank statement',
    'the atm machine is not working',
  ])('when the faulty thing is a service thing (%s), then the guard does not fire and says why', (text) => {
    const scan = scanSafety(text);
    expect(scan.fired).toBe(false);
    expect(scan.suppressed.map((s) => s.reason)).toContain('service_thing');
  });

  it.each([
    'my insulin pen is not working',
    'my pump is not responding and I don\'t know if I got my dose',
    'my name is misspelled on the prescription label',
    'the pharmacy mislabeled my son\'s antibiotic',
    'there is mold in the bottle of my cough syrup',
    'the inhaler canister is dented',
    'there is a wrong name on my prescription',
    'my cpap machine is not working',
    'my insurance card came and the name on my pill bottle is misspelled',
  ])('when the faulty thing is a medicine, a device or its package (%s), then the guard still fires', (text) => {
    expect(scanSafety(text).fired).toBe(true);
  });

  it.each([
    'my husband is not responding',
    'I called the agent because my dad collapsed and is not responding',
    'the baby is not responding to me, the website said call 911',
  ])('when a person is not responding (%s), then it is still an emergency', (text) => {
    const scan = scanSafety(text);
    expect(scan.fired).toBe(true);
    expect(scan.signals.map((s) => s.kind)).toContain('emergency');
  });

  it('when the model says safety on a fault of a service thing, then its safety answer is set aside', async () => {
    const classifier = createLocalClassifier({ model: constantModel('safety_compliance') });
    expect(await classifier.categorise({ text: 'the agent is not responding in the chat', channel: 'chat' })).not.toBe('safety_compliance');
  });

  it('when the model says safety on a defect of a product, then the answer stays safety_compliance', async () => {
    const classifier = createLocalClassifier({ model: constantModel('safety_compliance') });
    expect(await classifier.categorise({ text: 'my insulin pen is not working', channel: 'chat' })).toBe('safety_compliance');
  });
});

describe('a fault of a service thing told as a statement asks for it to be fixed (LABELING.md: service_action)', () => {
  it.each([
    'the website is not responding when I try to pay',
    'there is a wrong name on my policy document',
    'my online banking login is not working',
    'the app keeps crashing since the update',
    'my disposable card number no longer works',
  ])('when the text says %s, then it tells of a service fault', (text) => {
    expect(tellsOfServiceFault(text)).toBe(true);
  });

  it.each([
    'why is my card not working?',
    'is the app not working for everyone',
    'my insulin pen is not working',
    'my inhaler no longer works',
    'the app is not working and my pump alarm keeps going off',
    'the pharmacy website is fine but the label on my bottle is misspelled',
  ])('when it asks, or names a product (%s), then it is no service fault', (text) => {
    expect(tellsOfServiceFault(text)).toBe(false);
  });

  it('when the model says informational on a fault of a service thing told as a statement, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: constantModel('informational') });
    expect(await classifier.categorise({ text: 'my online banking login is not working', channel: 'chat' })).toBe('service_action');
  });
});

describe('a payment taken twice is no dose taken twice (LABELING.md: charged twice is a billing dispute)', () => {
  it.each([
    'my direct debit was taken twice',
    'i made a double payment by mistake',
    'the premium was taken twice this month',
  ])('when the dose words are said of money (%s), then the guard does not fire and says why', (text) => {
    const scan = scanSafety(text);
    expect(scan.fired).toBe(false);
    expect(scan.suppressed.map((s) => s.reason)).toContain('service_thing');
  });

  it.each([
    'i took it twice by mistake and paid for the visit',
    'paid for the pills then took them twice by mistake',
    'I accidentally took a double dose and now I have to pay the ER bill',
  ])('when a dose is taken twice and money is only named beside it (%s), then the guard still fires', (text) => {
    expect(scanSafety(text).fired).toBe(true);
  });

  it('when the model says informational on a direct debit taken twice, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: constantModel('informational') });
    expect(await classifier.categorise({ text: 'my direct debit was taken twice', channel: 'chat' })).toBe('service_action');
  });
});
