import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { isInformationRequest } from '../../src/classifier/local/information-request.ts';

const ALWAYS_SERVICE = constantModel('service_action');

describe('requests for information (LABELING.md: a question or an information request is informational)', () => {
  it.each([
    'tell me the news',
    'Olly, list my alarms please',
    'show me my alarms',
    'define forensic',
    'hey siri what are my appointments tomorrow',
    'give me the details of my plan',
    'do i have any meetings today',
    'is my order ready?',
    'how much is the copay',
    'when does the pharmacy close',
  ])('when the text says %s, then it asks for information', (text) => {
    expect(isInformationRequest(text)).toBe(true);
  });

  it.each([
    'what is the weather. Set an alarm for 6',
    'what is the weather. I want to book a table',
    'Is there a table at 7? If so, please book it.',
    'tell me my refill status',
    'give me a refill',
    'tell me the balance, someone took money from my account',
    'cancel my 3pm',
    'I need to know my balance',
  ])('when the text also asks for something to be done, names a misuse or does not open by asking (%s), then it is none', (text) => {
    expect(isInformationRequest(text)).toBe(false);
  });

  it.each([
    'I need directions from Broadway and Main to the airport, please',
    "I'd like the address and phone number",
    'we want the showtimes for tonight',
    'Hey I need a rating for a hotel please!',
    'find the novel Time and Again',
    "I'd like to find a cheap hotel in the north",
    'search for a flight from Pittsburgh to New York',
  ])('when the customer wants to be told something (%s), then it asks for information', (text) => {
    expect(isInformationRequest(text)).toBe(true);
  });

  it.each(['i want to get details of my seat assignment', "I'd like a contact number for my booking", 'I need the schedule and two tickets', 'find a reservation for two at a pub', 'find jazz music and play it'])(
    'when the information wanted is on the customer\'s record or a booking (%s), then it is none',
    (text) => {
      expect(isInformationRequest(text)).toBe(false);
    },
  );

  it('when the model says service_action on a request for information, then the answer is informational and says why', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_SERVICE });
    const text = 'Olly, tell me the traffic report for this afternoon';
    const answer = await classifier.classify({ text, channel: 'voice' });
    expect(answer.category).toBe('informational');
    expect(answer.reasoning).toContain('asks to be told or shown');
    expect(await classifier.categorise({ text, channel: 'voice' })).toBe('informational');
  });

  it('when the model says service_action on a plain request, then it stays service_action', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_SERVICE });
    expect(await classifier.categorise({ text: 'please move my appointment to friday', channel: 'chat' })).toBe('service_action');
  });

  it('when a request for information tells of a reaction the guard hears, then it is not set to informational', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_SERVICE });
    const text = 'tell me what to do, since I started lisinopril my lips are swelling';
    expect(await classifier.categorise({ text, channel: 'chat' })).not.toBe('informational');
  });
});
