import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { picksSeat } from '../../src/classifier/local/slot-turn.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

const ALWAYS_INFORMATIONAL = constantModel('informational');
const ALWAYS_SAFETY = constantModel('safety_compliance');

describe('a turn that picks a seat (LABELING.md, dialogue turn: a detail of a booking is service_action)', () => {
  it.each(['i want window seat', 'sorry i meant window seat', 'no madam i need an aisle seat', 'oh sorry the middle seat h 3 is okay for me', 'window', 'any window seat available'])(
    'when the text says %s, then it picks a seat',
    (text) => {
      expect(picksSeat(text)).toBe(true);
    },
  );

  it.each(['how much is an aisle seat?', 'what is the price of a window seat', 'I woke up in the middle of the night', 'my window is broken'])(
    'when the text asks a price or names no seat (%s), then it picks none',
    (text) => {
      expect(picksSeat(text)).toBe(false);
    },
  );

  it.each([ALWAYS_INFORMATIONAL, ALWAYS_SAFETY])('when the model says %# on a seat picked, then the answer is service_action', async (model) => {
    const classifier = createLocalClassifier({ model });
    expect(await classifier.categorise({ text: 'sorry i meant window seat', channel: 'chat' })).toBe('service_action');
  });

  it.each([
    'i need an aisle seat, last flight the attendant gave me peanuts and i had an allergic reaction',
    "I'd like to report a reaction to the vaccine I got before the flight, please give me a window seat",
  ])('when the seat comes with a reaction (%s), then the guard keeps it safety and a safety answer stays', async (text) => {
    expect(scanSafety(text).fired).toBe(true);
    const classifier = createLocalClassifier({ model: ALWAYS_SAFETY });
    expect(await classifier.categorise({ text, channel: 'chat' })).toBe('safety_compliance');
  });
});
