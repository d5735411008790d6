import { describe, expect, it } from 'vitest';
import { secondStage } from '../../src/classifier/local/local-classifier.ts';

describe('a bare command with a word of care or money but no medicine and no guard term (LABELING.md: service_action)', () => {
  it.each(['wake me up at 6 am', 'remind me to sleep at 9 pm', 'pay my electricity bill', 'cancel my old credit card', 'set a reminder for my back exercises'])(
    'when the model says safety on %s, then it is service_action',
    (text) => {
      expect(secondStage(text, 'safety_compliance', 0.95, 'en')).toBe('command');
    },
  );

  it.each(['remind me to take my pills at 9', 'stop my metformin refills', 'cancel my card, I feel dizzy'])(
    'when the command names a medicine or says more (%s), then a safety answer stands',
    (text) => {
      expect(secondStage(text, 'safety_compliance', 0.95, 'en')).not.toBe('command');
    },
  );
});
