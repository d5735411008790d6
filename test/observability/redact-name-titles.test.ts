import { describe, expect, it } from 'vitest';
import { redactPii } from '../../src/observability/redact.ts';

// A title of office or faith before a name is masked with it, and social media handles split at their underscore or
// named by an everyday word after "RT" (issue #14, eighth follow-up, from the kinds real people's text misses). Examples
// written for this test.
const MASKED: Array<[string, string, string]> = [
  ['a coach and a surname no list holds', 'Coach Vantrease said practice is cancelled.', '[NAME] said practice is cancelled.'],
  ['a mayor and a first name and surname', 'Mayor Gregory Holloway opened the clinic.', '[NAME] opened the clinic.'],
  ['a pope and a regnal number', 'Pope Gregory XVI wrote about it.', '[NAME] wrote about it.'],
  ['a handle split at its underscore', '@mariela _ quintero see you there', '[NAME] see you there'],
  ['an everyday word as a handle after RT', 'RT @Sunshine: best day ever', 'RT [NAME]: best day ever'],
  ['a handle of digits and letters', 'thanks @7ravenx for the tip', 'thanks [NAME] for the tip'],
];
const KEPT: Array<[string, string]> = [
  ['a title before an everyday word', 'We flew Coach Class both ways.'],
  ['the hour before a name-like word', 'Call me after 5 PM Monday.'],
  ['a time after "@"', 'meet me @3pm at the pharmacy'],
  ['an everyday word after "@" in a sentence', 'I left it @home on the counter.'],
];

describe('titles and handles', () => {
  it.each(MASKED)('when it is %s, then it is masked whole', (_, text, redacted) => {
    expect(redactPii(text)).toBe(redacted);
  });
  it.each(KEPT)('when it is %s, then it stays', (_, text) => {
    expect(redactPii(text)).toBe(text);
  });
  it('when a clinician is named with a title, then the name stays as before', () => {
    expect(redactPii('Dr. Samuel Okafor prescribed it.')).toBe('Dr. Samuel Okafor prescribed it.');
  });
  it('when the hour stands before a quoted mail\'s writer, then the hour stays outside the mask', () => {
    expect(redactPii('On Monday at 2:15 PM Jordan Ellis wrote:')).toBe('On Monday at 2:15 PM [NAME] wrote:');
  });
});
