import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isVisitRequest } from '../../src/classifier/local/visit-request.ts';

const ALWAYS_SAFETY = constantModel('safety_compliance');

describe('a request to be seen that tells of symptoms with no medicine (LABELING.md: booking a visit is service_action)', () => {
  it.each([
    "I'd like to make an appointment with Dr. Reyes, I've had a sore throat since Monday",
    'we really need to get in to see the doctor today',
    'I was hoping to book a check-up for next week',
    'Please schedule a visit with my GP for Thursday at 10am',
  ])('when the text says %s, then it is a visit request', (text) => {
    expect(isVisitRequest(text)).toBe(true);
  });

  it.each(['what time is my appointment?', 'I had a lovely visit with my aunt', 'i want to see the menu'])(
    'when the text books nothing (%s), then it is no visit request',
    (text) => {
      expect(isVisitRequest(text)).toBe(false);
    },
  );

  it('when the model says safety on a booking that tells of a cough and a runny nose, then the answer is service_action and says why', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_SAFETY });
    const text = 'My name is Lee and I would like to make an appointment with Dr. Shah for Monday. I have had a cough and a runny nose for three days.';
    const answer = await classifier.classify({ text, channel: 'chat' });
    expect(answer.category).toBe('service_action');
    expect(answer.reasoning).toContain('a request to be seen');
  });

  it('when the booking also names a medicine the symptoms may come from, then safety stays', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_SAFETY });
    const text = 'I would like to make an appointment with Dr. Shah for Monday. I have had a cough ever since I started lisinopril.';
    expect(await classifier.categorise({ text, channel: 'chat' })).toBe('safety_compliance');
  });
});
