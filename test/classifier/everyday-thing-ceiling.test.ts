import { describe, expect, it } from 'vitest';
import { EVERYDAY_THING_SAFETY_CEILING, OUT_OF_DOMAIN_SAFETY_CEILING, secondStage } from '../../src/classifier/local/local-classifier.ts';

describe('a thing of the house, a car or a gadget with no word of care or money (out-of-domain reading)', () => {
  it.each(['my tire looks flat', 'my washing machine is leaking', 'the engine light came on in my car'])(
    'when the model says safety above the general ceiling but below the everyday-thing ceiling on %s, then the safety answer is set aside',
    (text) => {
      const safety = (OUT_OF_DOMAIN_SAFETY_CEILING + EVERYDAY_THING_SAFETY_CEILING) / 2;
      expect(secondStage(text, 'safety_compliance', safety, 'en')).toBe('out_of_domain');
    },
  );

  it('when the text names no such thing, then the general ceiling holds', () => {
    const safety = (OUT_OF_DOMAIN_SAFETY_CEILING + EVERYDAY_THING_SAFETY_CEILING) / 2;
    expect(secondStage('Alert me at 0500 hrs', 'safety_compliance', safety, 'en')).toBeUndefined();
  });

  it('when the model is at least as sure as the everyday-thing ceiling, then the safety answer stands', () => {
    expect(secondStage('my tire looks flat', 'safety_compliance', EVERYDAY_THING_SAFETY_CEILING, 'en')).toBeUndefined();
  });
});
