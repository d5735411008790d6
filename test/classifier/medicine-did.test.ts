import { describe, expect, it } from 'vitest';
import { secondStage } from '../../src/classifier/local/local-classifier.ts';
import { tellsWhatMedicineDid } from '../../src/classifier/safety/medicine-did.ts';

/**
 * A medicine named as the subject of a verb of causing, with the writer or a relative as its object, tells what
 * the medicine did (LABELING.md, a review sentence or a social-media post about the writer's own medicine),
 * whatever slang tells the effect. Relief, suppositions, negated and asked verbs, and subjects that are no
 * medicine are not reports.
 */
describe('a medicine told as what made, got or gave the writer something', () => {
  it.each([
    ['that steroid pack made me a raging lunatic'],
    ['propranolol had me feeling like a sloth all day'],
    ['humira has me catching every cold that goes around'],
    ['steroids got me up at 4am cleaning the whole house'],
    ['clonidine gave me the driest mouth ever'],
    ['Ambien made me order 3 pairs of shoes in my sleep lol'],
    ['#vyvanse keeps me up till 3'],
    ['this med has me wired at midnight'],
    ['the new pill turned me into a crying mess'],
    ['my new meds left me shaky all afternoon'],
    ['zoloft is making me yawn every five minutes'],
    ['lexapro has been giving me weird dreams'],
    ['seroquel really got me eating everything in the house'],
    ['focalin makes my son stare at the wall for hours'],
    ["prozac's got me numb"],
    ['the flu shot gave my daughter a rash'],
    ['my lexapro dose has me sweating buckets'],
  ])('when "%s", then it is read as what the medicine did', (text) => {
    expect(tellsWhatMedicineDid(text)).toBe(true);
  });

  it.each([
    // relief: feeling better, getting through, what was given back, quitting a habit, a thought
    ['lexapro made me feel like myself again'],
    ['zoloft makes me so much calmer'],
    ['wellbutrin got me through the worst year'],
    ['ambien has me sleeping through the night finally'],
    ['effexor gave me my life back'],
    ['chantix made me quit smoking after 20 years'],
    ['this med made me realize how anxious i was'],
    ['abilify keeps me sane'],
    // a supposition, a hope or a fear
    ['if seroquel makes me gain weight i am quitting'],
    ['scared paxil gives me brain zaps'],
    ['hoping the new pill makes me less tired'],
    // the verb negated or asked, or no told form of it
    ["lexapro hasn't made me gain weight"],
    ['lexapro never made me gain weight'],
    ['did this med make me gain weight'],
    ['will prozac make me numb'],
    // the subject is no medicine, or a class word pointed at by nothing
    ['my mom made me take my meds'],
    ['my doctor gave me prednisone for my rash'],
    ['shot made me cry lol the ending of that movie'],
    // the object is nobody
    ['seroquel makes you sleepy, that is known'],
  ])('when "%s", then it is not', (text) => {
    expect(tellsWhatMedicineDid(text)).toBe(false);
  });
});

describe('the second stage on what a medicine did', () => {
  it('when the model answers informational, then the statement is read as a report', () => {
    expect(secondStage('propranolol had me feeling like a sloth all day', 'informational', 0.05)).toBe('medicine_did');
    expect(secondStage('propranolol had me feeling like a sloth all day', 'service_action', 0.001)).toBe('medicine_did');
  });

  it('when a post tags someone and asks its readers, then it is still read as a report', () => {
    expect(secondStage('@sam propranolol had me feeling like a sloth all day, anyone else??', 'informational', 0.05)).toBe('medicine_did');
  });

  it('when the text asks us with no tag, then the reading stays out of it', () => {
    expect(secondStage('propranolol had me feeling like a sloth all day, is that normal?', 'informational', 0.05)).not.toBe('medicine_did');
  });

  it('when the text is in another language, then the reading stays out of it', () => {
    expect(secondStage('propranolol had me feeling like a sloth all day', 'informational', 0.05, 'es')).not.toBe('medicine_did');
  });

  it('when the model answers safety and the text names a medicine by its class, then it is not set aside as out of domain', () => {
    expect(secondStage('that steroid pack made me a raging lunatic', 'safety_compliance', 0.6)).toBeUndefined();
    expect(secondStage('steroids got me up at 4am cleaning the whole house', 'safety_compliance', 0.58)).toBeUndefined();
  });
});
