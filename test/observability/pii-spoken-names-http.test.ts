import { afterEach, describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { createEmbeddedTicketing } from '../../src/adapters/embedded/ticketing.ts';
import type { TicketRequest } from '../../src/ports/ticketing.ts';
import { buildTestApp, json } from '../support/app.ts';

// Voice transcripts whose names only the spoken-name finder sees: lower case, no capitals, cues such
// as "first name", "last name ... spelled", "it's for my mother".
const TRANSCRIPTS: Array<[string, string[]]> = [
  ['uh hi first name dakota last name oyelaran i need my lyrica refilled please', ['dakota', 'oyelaran']],
  ["yeah the last name is begay that's b e g a y i need a refill of my lyrica", ['begay', 'b e g a y']],
  ['hello um the prescription is under will richardson can you refill the allegra', ['will richardson', 'richardson']],
];

type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

describe('a voice transcript with a spoken name, through POST /api/v1/classify', () => {
  it.each(TRANSCRIPTS)('when the transcript is %j, then the summary, decision_path and the ticket carry no name and the medicine stays', async (message, names) => {
    const sent: TicketRequest[] = [];
    const ticketing = createEmbeddedTicketing();
    t = await buildTestApp({}, {
      classifiers: { primary: null, fallback: createLocalClassifier() },
      ports: { ticketing: { ...ticketing, createTicket: async (request) => (sent.push(request), ticketing.createTicket(request)) } },
    });
    const response = await t.app.inject(json({ message, channel: 'voice' }));
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.workflow.type).toBe('ticket');
    expect(body.summary).toContain('[NAME]');
    expect(sent).toHaveLength(1);
    for (const [where, value] of [['summary', body.summary], ['decision_path', body.decision_path], ['the ticket in the response', body.workflow.ticket], ['the ticketing port', sent[0]]] as const) {
      const text = JSON.stringify(value).toLowerCase();
      for (const name of names) expect(text, `${name} reached ${where}`).not.toContain(name);
    }
    expect(JSON.stringify(sent[0]).toLowerCase()).toMatch(/lyrica|allegra/);
  });
});
