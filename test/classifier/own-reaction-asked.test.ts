import { describe, expect, it } from 'vitest';
import { secondStage } from '../../src/classifier/local/local-classifier.ts';

// A safety answer of the model on a question is set aside ('demoted') when the guard finds no event in
// it, unless the question tells what a named medicine did to the writer (LABELING.md: a symptom after a
// named medicine is a report, asked about or not).
describe('a question that tells what a named medicine did to the writer keeps its safety answer', () => {
  it.each([
    ['why does this vyvanse make me feel like a robot?'],
    ['anyone else notice the seroquel left me like a ghost the next day?'],
    ['since i started the lexapro everything tastes like cardboard, normal?'],
  ])('when %j, then the safety answer is not set aside', (text) => {
    expect(secondStage(text, 'safety_compliance', 0.8)).toBeUndefined();
  });

  it.each([
    ['does prednisone make you hungry?'],
    ['if my eliquis makes me bruise easier is that something to worry about? havent started yet'],
    ['why does it make me feel like a robot?'],
  ])('when %j asks in general, hypothetically or names no medicine, then it is set aside', (text) => {
    expect(secondStage(text, 'safety_compliance', 0.8)).toBe('asks_health');
  });
});

describe('a question about a medicine followed by what the writer went through keeps its safety answer', () => {
  it.each([
    ['cymbalta withdrawal? day 4 and my head is buzzing nonstop'],
    ['is this from the new inhaler? i cannot stop coughing at night'],
  ])('when %j, then the safety answer is not set aside', (text) => {
    expect(secondStage(text, 'safety_compliance', 0.8)).toBeUndefined();
  });

  it.each([
    ['what could cause this? i am 34 and get dizzy every time i stand'],
    ['does the lexapro come as a liquid? thanks so much'],
    ['does the new inhaler come in a smaller size? the pharmacy said so'],
  ])('when %j names no medicine, tells too little or tells nothing of the writer, then it is set aside', (text) => {
    expect(secondStage(text, 'safety_compliance', 0.8)).toBe('asks_health');
  });
});
