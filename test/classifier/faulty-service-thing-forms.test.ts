import { describe, expect, it } from 'vitest';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import { namesEverydayThing, tellsOfServiceFault } from '../../src/classifier/local/service-fault.ts';

// The forms of a faulty service thing (src/classifier/safety/faulty-thing.ts, src/classifier/local/service-fault.ts)
// that faulty-service-thing.test.ts leaves out: each thing in the singular or spelt another way, each way of telling
// a fault, each package part that makes it a product's, and the guard's limits around them. Found by mutation
// testing (stryker.readings.config.mjs, group fault).
describe('a fault of each service thing, told as a statement', () => {
  it.each([
    'my card is not working',
    'the reader is not working',
    'the terminal is not working',
    'the site is not loading',
    'the webpage is not loading',
    'the page is not loading',
    'the link is not working',
    'my log-in is not working',
    'my login is not working',
    'my account is not working',
    'the letter has my name misspelled',
    'my bill has my name misspelled',
    'the invoice has my name misspelled',
    'the e-mail has my name misspelled',
    'the email has my name misspelled',
    'the document has my name misspelled',
    'the form is not loading',
    'my licence has my name misspelled',
    'my certificate has my name misspelled',
    'the rep is not responding',
    'the representative is not responding',
    'the operator is not responding',
    'the advisor is not responding',
    'the chat bot is not responding',
    'the chatbot is not responding',
    'the system is not working',
    'the wall is dented',
  ])('when the text says %j, then it tells of a service fault', (text) => {
    expect(tellsOfServiceFault(text)).toBe(true);
  });

  it.each([
    'the app doesnt work',
    "the app doesn't work",
    "the app doesn't load",
    "the app doesn't respond",
    "the app doesn't open",
    "the app isn't working",
    "the app isn't loading",
    "the app isn't responding",
    "the app isn't opening",
    'the app does not work',
    'the app does not load',
    'the app does not respond',
    'the app does not open',
    'the apps keep crashing',
    'the apps keep logging me out',
    'the website shows error 404',
    'my name is misspelled on my statement',
    'the letter is mis-labeled',
    'the letter is mislabeled',
  ])('when the fault is told as %j, then it tells of a service fault', (text) => {
    expect(tellsOfServiceFault(text)).toBe(true);
  });

  it.each([
    ['a service thing with no fault', 'my card arrived today'],
    ['a fault of no service thing', 'the elevator is not working'],
    ['an opening question word with no question mark', 'was the website not working yesterday'],
  ])('when the text has %s (%j), then it tells of no service fault', (_what, text) => {
    expect(tellsOfServiceFault(text)).toBe(false);
  });

  it.each(['label', 'bottle', 'vial', 'box', 'packaging', 'blister pack', 'blisters', 'seal', 'cap', 'lid', 'canister', 'cartridge', 'syringe', 'needle', 'lancet', 'nebuliser', 'oximeter', 'thermometer', 'mask', 'concentrator', 'tube'])(
    'when the text names a %s of a product beside the service thing, then it tells of no service fault (a product defect is a report)',
    (part) => {
      expect(tellsOfServiceFault(`the website is not loading, and the ${part} arrived damaged`)).toBe(false);
    },
  );
});

describe('a thing of the house, a car or a gadget, in the singular', () => {
  it.each(['car', 'tyre', 'brake', 'bike', 'phone', 'laptop', 'computer', 'wifi', 'pipe', 'light', 'bulb', 'headphone', 'speaker'])(
    'when the text names a %s, then it names an everyday thing',
    (thing) => {
      expect(namesEverydayThing(`my ${thing} stopped working`)).toBe(true);
    },
  );
});

describe('the guard and a faulty service thing, at its limits', () => {
  it.each([
    ['a wish to die beside a broken app', 'the app is not working and I want to kill myself', 'self_harm'],
    ['an emergency other than not responding', "the app is not working. I can't breathe", 'emergency'],
    ['someone found unresponsive, with no service thing named', 'found unresponsive on the floor, what do I do', 'emergency'],
    ['a mislabelled medicine named beside a letter', 'the letter about my metformin was mislabeled', 'medication_error'],
    ['a grandparent not responding', 'my grandma is not responding and the app is down', 'emergency'],
    ['a neighbor not responding', 'my neighbor is not responding and the website is down', 'emergency'],
  ])('when the message tells of %s, then the guard still fires', (_what, text, kind) => {
    const scan = scanSafety(text);
    expect(scan.fired).toBe(true);
    expect(scan.signals.map((s) => s.kind)).toContain(kind);
  });

  it.each([
    ["a person's dented car", "my husband's car is dented"],
    ['a person in another sentence than the agent not responding', 'my wife told me to call. the agent is not responding'],
  ])('when the message tells of %s, then the fault is still the service thing\'s', (_what, text) => {
    const scan = scanSafety(text);
    expect(scan.fired).toBe(false);
    expect(scan.suppressed.map((s) => s.reason)).toContain('service_thing');
  });
});
