import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isCommandTurn } from '../../src/classifier/local/command-turn.ts';
import { isRequestTurn } from '../../src/classifier/local/request-turn.ts';

const ALWAYS_INFORMATIONAL = constantModel('informational');

describe('requests in words (LABELING.md: the customer wants something done)', () => {
  it.each([
    "Hi, I'm Ben and I want to organize a surprise party for my friend John. Can you help?",
    'I would like to plan a party at the West Bay Venue.',
    'I need to RSVP to a party that my friend Alexis is hosting.',
    "we'd like to book a table for four",
    'i would like to purchase the internet connection',
    'hi how are you i would like to close my saving account can you help me with that please',
    'Olly, can you shuffle the light colors in the house?',
    'could you please lower the volume?',
    'can u cancel my 3 pm?',
    'Help me to mute my speaker.',
  ])('when the text says %s, then it is a request', (text) => {
    expect(isRequestTurn(text)).toBe(true);
  });

  it.each([
    'I want to know the hours of the pharmacy on 5th',
    'I need to find a cheap restaurant in the south',
    'I want to organize a party. What venues do you have?',
    'do I need to refill it before I travel',
    'I got an email saying I need to reset my password. Do you send emails like that?',
    'i need to pay a bill what should i do first',
    'can u transfer controlled substances between pharmacies?',
    'could you send your do-not-crush list?',
    'can you take tylenol with ibuprofen?',
    'I want to cancel my card, someone used it',
  ])('when the text asks for information, asks in general or tells of a misuse (%s), then it is no request', (text) => {
    expect(isRequestTurn(text)).toBe(false);
  });

  it.each(['i want to know the status of my claim', 'hi i need to check my seat assignment', 'check the status of my order please', 'I would like to confirm my seat number'])(
    'when the text asks to look something up on the customer\'s own record (%s), then it is a request',
    (text) => {
      expect(isRequestTurn(text)).toBe(true);
    },
  );

  it.each(['i wanted to know if my plan covers the shingles shot', 'i just wanna know can i take tums with my iron pills', 'I want to know the opening hours', 'i want to know the status of my claim. why is it so slow?'])(
    'when the look-up asks about cover or a fact in general, or comes with a question (%s), then it is no request',
    (text) => {
      expect(isRequestTurn(text)).toBe(false);
    },
  );

  it.each(['rate this novel 5 stars', 'Clean the floor.', 'Write down that I meet Jenny on the third', 'Begin the next chapter', 'vacuum the hallway', 'Please continue reading The Hunger Games.', 'silence the phone', 'adjust the thermostat to 20', 'place an alarm at 5', 'slow down the music', 'launch the game', 'hoover the stairs', 'quiet the speaker'])(
    'when a command opens with %s, then it is a command',
    (text) => {
      expect(isCommandTurn(text)).toBe(true);
    },
  );

  it('when the model says informational on a request in words, then the answer is service_action and says why', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_INFORMATIONAL });
    const text = 'Hello, I would like to organize a surprise party for my friend Ben.';
    const answer = await classifier.classify({ text, channel: 'chat' });
    expect(answer.category).toBe('service_action');
    expect(answer.reasoning).toContain('a request in words');
    expect(await classifier.categorise({ text, channel: 'chat' })).toBe('service_action');
  });

  it('when the model says informational on a question for information, then it stays informational', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_INFORMATIONAL });
    expect((await classifier.classify({ text: 'I want to know the opening hours on Sunday', channel: 'chat' })).category).toBe('informational');
  });

  it('when a request in words also tells of a reaction the guard hears, then it is not read as a routine request', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_INFORMATIONAL });
    const text = 'I want to cancel my lisinopril refill, since I started it my lips are swelling';
    expect(await classifier.categorise({ text, channel: 'chat' })).not.toBe('service_action');
  });
});
