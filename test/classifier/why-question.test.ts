import { describe, expect, it } from 'vitest';
import { constantModel } from '../support/constant-model.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { asksWhyOrWhether } from '../../src/classifier/local/why-question.ts';

const ALWAYS_SERVICE = constantModel('service_action');

describe('why or whether something happened on the account (LABELING.md: a plain question on the own record is informational)', () => {
  it.each([
    'why was i charged a late fee',
    'why did my premium go up',
    'why is my bill higher this month',
    'why was my policy cancelled',
    'did you receive my payment',
    'did you get my documents yet',
    'have you received my check',
    'has my payment posted yet',
    'was my claim received',
    'was a claim filed on my policy last month',
    'hi there, did you get my payment',
    'good morning. why did you cancel my policy',
  ])('when the text asks %s, then it asks to be told', (text) => {
    expect(asksWhyOrWhether(text)).toBe(true);
  });

  it.each([
    "why haven't you sent my card",
    'why not cancel it',
    'i was charged a late fee, why',
    'what is my balance',
    'did he get the job',
    'have my roomba clean the house',
    'have the roomba run the living room',
  ])('when the text does not open by asking why or whether of the account (%s), then it is none', (text) => {
    expect(asksWhyOrWhether(text)).toBe(false);
  });

  it.each([
    ['another person is named as the doer', 'why did someone use my card at a gas station'],
    ['a later sentence is a command', 'did you get my payment? cancel my autopay'],
    ['a later sentence is a request in words', 'why did my premium go up. i want to cancel my policy'],
    ['a later clause asks it put right', 'why was i charged $15 copay when it should be $5, pls fix'],
    ['a later clause asks for a refund', 'why was i charged twice; refund one'],
    ['a want of it undone runs on with no comma', 'why was i charged a delivery fee i thought delivery was free i want that taken off'],
  ])('when %s, then it is none', (_kind, text) => {
    expect(asksWhyOrWhether(text)).toBe(false);
  });

  it('when the model says service_action on a question why, then the answer is informational and says why', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_SERVICE });
    const text = 'why was i charged a late fee';
    const answer = await classifier.classify({ text, channel: 'chat' });
    expect(answer.category).toBe('informational');
    expect(answer.reasoning).toContain('asks why or whether something happened on the account');
    expect(await classifier.categorise({ text, channel: 'chat' })).toBe('informational');
  });

  it('when the question also tells of a reaction the guard hears, then it is not set to informational', async () => {
    const classifier = createLocalClassifier({ model: ALWAYS_SERVICE });
    const text = 'did you get my payment, since I started lisinopril my lips are swelling';
    expect(asksWhyOrWhether(text)).toBe(true);
    expect(await classifier.categorise({ text, channel: 'chat' })).toBe('service_action');
  });
});
