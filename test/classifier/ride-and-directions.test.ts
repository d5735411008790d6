import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isInformationRequest } from '../../src/classifier/local/information-request.ts';
import { isRequestTurn } from '../../src/classifier/local/request-turn.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

const ALWAYS_INFORMATIONAL = constantModel('informational');
const ALWAYS_SERVICE = constantModel('service_action');
const ALWAYS_SAFETY = constantModel('safety_compliance');

describe('a ride to be found is sent (service_action); directions asked for are told (informational)', () => {
  it.each(['Hello. I urgently need to find a ride from Hospital to Forbes and Murray.', 'Find the nearest Taxi', 'call a cab to the airport'])(
    'when the text says %s, then it is a request and no information request',
    (text) => {
      expect(isRequestTurn(text)).toBe(true);
      expect(isInformationRequest(text)).toBe(false);
    },
  );

  it('when the model says informational on a ride to be found, then the answer is service_action', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_INFORMATIONAL });
    expect(await classifier.categorise({ text: 'Find the nearest Taxi', channel: 'chat' })).toBe('service_action');
  });

  it.each([ALWAYS_SERVICE, ALWAYS_SAFETY])('when the model says %# on "I need direction from broadway and main to hospital.", then the answer is informational', async (model) => {
    const classifier = createLocalClassifier({ model });
    expect(await classifier.categorise({ text: 'I need direction from broadway and main to hospital.', channel: 'chat' })).toBe('informational');
  });

  it.each(['i just cut myself and i need a ride to the hospital', "I'd like to report a reaction to my new pills, I need directions to the nearest clinic"])(
    'when the ride or the directions come with self-harm or a reaction (%s), then the guard keeps it safety and a safety answer stays',
    async (text) => {
      expect(scanSafety(text).fired).toBe(true);
      const classifier = createLocalClassifier({ model: ALWAYS_SAFETY });
      expect(await classifier.categorise({ text, channel: 'chat' })).toBe('safety_compliance');
    },
  );
});
