import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';

// What the local classifier answers and says after its second stage (local-classifier.ts), for the stages
// local-second-stage.test.ts reads only through secondStage. Found by mutation testing (README, "Mutation
// testing"). The texts are ones the shipped model scores as the comments say.
const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classify({ text, channel: 'chat' });

describe('the second stage, as the classifier answers it', () => {
  it('when a question names a medicine and no event (the model gives safety over 0.5), then the answer is informational, safety the runner-up, and the reason says so', async () => {
    const answer = await classify('Thoughts on switching to a stronger opioid?');
    expect(answer.category).toBe('informational');
    expect(answer.secondary_category).toBe('safety_compliance');
    expect(answer.reasoning).toMatch(/a question with no event the safety guard can find, asking no one to act: safety_compliance 0\.(5[1-9]|[6-9]\d) set aside to informational/);
    expect(await classifier.categorise({ text: 'Thoughts on switching to a stronger opioid?', channel: 'chat' })).toBe('informational');
  });

  it('when a text has no word of care or money and no safety term (the model gives safety over 0.5), then the next category answers and the reason says so', async () => {
    const answer = await classify('Alert me at 0600 hours');
    expect(answer.category).toBe('informational');
    expect(answer.reasoning).toMatch(/no word of care or money and no safety term: safety_compliance 0\.(5[1-9]|[6-9]\d) set aside/);
  });

  it('when a text asks to be told something the model took for an action, then it is informational and the reason says so', async () => {
    const answer = await classify('is my order ready');
    expect(answer.category).toBe('informational');
    expect(answer.secondary_category).toBe('service_action');
    expect(answer.reasoning).toContain('asks to be told or shown and for nothing to be done: informational');
  });

  it('when the model finds no decisive word, then the reason says so', async () => {
    expect((await classify('.')).reasoning).toBe('evidence no decisive words');
  });

  it('when the runner-up scores under 0.2, then no secondary category is given', async () => {
    const answer = await classify('Swollen lips since the lisinopril.');
    expect(answer.category).toBe('safety_compliance');
    expect(answer.secondary_category).toBeNull();
    expect(answer.reasoning).toBe('evidence "Swollen lips since", "lisinopril"');
  });
});
