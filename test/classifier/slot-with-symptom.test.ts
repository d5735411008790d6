import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier, secondStage } from '../../src/classifier/local/local-classifier.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

const ALWAYS_SERVICE = constantModel('service_action');
const ALWAYS_SAFETY = constantModel('safety_compliance');

describe('a booking turn that moves a slot and tells of a symptom with no medicine (LABELING.md, dialogue turn)', () => {
  it('when the model says service_action on such a turn, then it is not read as a report', async () => {
    const text = "I cannot remember, I just remembered I have a date at that time, let's try Tuesday at 2pm.";
    expect(scanSafety(text).fired).toBe(false);
    expect(secondStage(text, 'service_action', 0.3, 'en')).toBeUndefined();
    const classifier = createLocalClassifier({ model: ALWAYS_SERVICE });
    expect(await classifier.categorise({ text, channel: 'chat' })).toBe('service_action');
  });

  it('when the same symptom comes with no slot moved, then the statement is still read as a report', () => {
    expect(secondStage("I cannot remember anything from yesterday, it's all a blur", 'service_action', 0.3, 'en')).toBe('promoted');
  });

  it('when the turn names the medicine the symptom may come from, then it is still read as a report', () => {
    const text = "Since the new pills I cannot remember things, let's try Tuesday at 2pm.";
    expect(secondStage(text, 'service_action', 0.3, 'en') === 'promoted' || scanSafety(text).fired).toBe(true);
  });

  it("when a booking turn reports a reaction (\"I'd like to report a reaction\"), then the guard keeps it safety and a safety answer stays", async () => {
    const text = "I'd like to report a reaction to my flu shot, my arm is swollen. Can we do Friday at 3pm instead?";
    expect(scanSafety(text).fired).toBe(true);
    const classifier = createLocalClassifier({ model: ALWAYS_SAFETY });
    expect(await classifier.categorise({ text, channel: 'chat' })).toBe('safety_compliance');
  });
});
