import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier, secondStage } from '../../src/classifier/local/local-classifier.ts';

describe('dialogue turns that ask for a slot or say when the writer comes (LABELING.md, dialogue turn: service_action)', () => {
  it.each([
    'Is 10:30 am still available?',
    'Do you have any openings on Monday morning?',
    'does Thursday at 4 pm work for you?',
    'Is there anything free on Saturday after 3pm?',
    'Can I come in on Wednesday at noon?',
    'can we move it to Friday, 9 am?',
    'Does the dentist have 2 pm that day?',
  ])('when the model says informational on a question asking for a slot (%s), then it is service_action', (text) => {
    expect(secondStage(text, 'informational', 0.01)).toBe('slot');
  });

  it.each([
    'I can be there at 6 pm',
    'We should get there around 11am',
    'I was thinking Tuesday at 5',
    "I'd like to view the flat on Sunday.",
    'Saturday would be ideal, after lunch',
  ])('when the model says informational on a statement of when the writer comes (%s), then it is service_action', (text) => {
    expect(secondStage(text, 'informational', 0.01)).toBe('slot');
  });

  it.each([
    'Is the pharmacy open on Sunday?',
    'What time do I work tomorrow?',
    'Is there anything fun to do this weekend?',
    'I wanted to see what the weather is like on Friday',
    'Can I get the forecast for Tuesday?',
    'can I go swimming tomorrow with a cold?',
    'can I see the results tonight?',
    'is there anything for tonight, my throat is so sore?',
    'does my son have any reason to worry about a fever at 9 pm?',
  ])('when the question asks about a day or time and not for a slot (%s), then it is not a slot', (text) => {
    expect(secondStage(text, 'informational', 0.01)).not.toBe('slot');
  });

  it('when a safety answer is set aside on a question proposing a slot, then the turn books: service_action and says why', async () => {
    const classifier = createLocalClassifier({ model: constantModel('safety_compliance') });
    const text = 'How about Monday at 3 pm then?';
    const answer = await classifier.classify({ text, channel: 'chat' });
    expect(answer.category).toBe('service_action');
    expect(answer.reasoning).toContain('gives or moves a day or time');
  });

  it('when a safety answer is set aside on a health question that mentions an appointment, then it stays informational', async () => {
    const classifier = createLocalClassifier({ model: constantModel('safety_compliance') });
    const text = 'I have an appointment tomorrow at 9 am, should I stop eating the night before my blood test?';
    expect(await classifier.categorise({ text, channel: 'chat' })).not.toBe('service_action');
  });

  it('when a turn asking for a slot also tells of a reaction to a medicine, then it is not moved to service_action', async () => {
    const classifier = createLocalClassifier({ model: constantModel('safety_compliance') });
    const text = 'since I started amoxicillin my face is swelling, is anything available today at 4 pm?';
    expect(await classifier.categorise({ text, channel: 'chat' })).toBe('safety_compliance');
  });
});

describe('slot questions later in the turn and clock times without a space', () => {
  it.each(["Ugh, I forgot my cousin's recital. How about Tuesday instead?", 'oh well. is there anything at 7pm?', 'Does the clinic have 4:30pm free?'])(
    'when the model says informational on %s, then it is service_action',
    (text) => {
      expect(secondStage(text, 'informational', 0.01)).toBe('slot');
    },
  );
});
