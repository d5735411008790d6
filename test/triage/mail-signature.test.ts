import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import { summarise } from '../../src/classifier/local/describe.ts';
import { normaliseMessage, stripMailHistory } from '../../src/triage/normalise.ts';
import { buildTestApp, json } from '../support/app.ts';

const ROBERT_KIM = `Good morning CareRx team,

I hope this message finds you well. I am writing about my prescription for atorvastatin 40 mg, which I have been filling at your Market Street location for the past three years. When I picked up my last refill on Monday, the pharmacist mentioned that my insurance plan changed and that the copay would now be $45 instead of $10.

Could you please check whether the new plan still covers atorvastatin at the lower tier, and if not, tell me which alternatives would be covered? I would also like the refill that is due next week to be held until I hear back from you.

Thanks again for all your help over the years,
Robert Kim
Senior Accountant, Kim & Partners LLP
Phone: (415) 555-0182 | Fax: (415) 555-0183
123 Market Street, Suite 400
San Francisco, CA 94105`;


/** Every mail of the corpus (train sources, extra writers, the holdout), as labelled. */
function corpusMails(): Array<{ text: string; category: string }> {
  const root = fileURLToPath(new URL('../../data/corpus/', import.meta.url));
  const files = ['source/mail.jsonl', ...readdirSync(`${root}extra`).map((f) => `extra/${f}`), 'holdout/fresh-v4.jsonl'];
  return files.flatMap((file) =>
    readFileSync(root + file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { text: string; category: string; channel?: string })
      .filter((row) => row.channel === 'mail'),
  );
}

let t: Awaited<ReturnType<typeof buildTestApp>> | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

describe('mail sign-offs without a "--" delimiter', () => {
  it('when a long mail ends "Thanks again, Robert Kim, Senior Accountant, Phone ..., 123 Market Street", then the sign-off is dropped and the request kept', () => {
    const text = normaliseMessage(ROBERT_KIM, 'mail');
    expect(text).toMatch(/I would also like the refill that is due next week to be held until I hear back from you\.$/);
    expect(text).not.toMatch(/Thanks again|Robert Kim|Senior Accountant|555-0182|Market Street, Suite|94105/);
  });

  it('when the sign-off is only contact lines (no closing words), then they are dropped too', () => {
    const mail = 'Where is my order 30772? It was due Monday.\n\nDana Whitfield\nOffice Manager\nTel: 614-555-0142\ndana@example.com';
    expect(normaliseMessage(mail, 'mail')).toBe('Where is my order 30772? It was due Monday.');
  });

  it('when words after the closing line carry a safety signal, then nothing is dropped', () => {
    const mail = 'Please refill my lisinopril.\n\nThanks,\nJo\nrash on my arms since the new pills';
    expect(normaliseMessage(mail, 'mail')).toContain('rash on my arms since the new pills');
  });

  it('when "Thanks" starts a sentence of news, then it is not a closing line', () => {
    const mail = 'Please refill my lisinopril.\n\nThank you for your help, my face is still swollen';
    expect(normaliseMessage(mail, 'mail')).toContain('my face is still swollen');
  });

  it('when the channel is chat, then a closing line stays', () => {
    expect(normaliseMessage('refill please\nThanks,\nJo', 'chat')).toBe('refill please\nThanks,\nJo');
  });

  it('when the 1,866 mails of the corpus are read, then most sign-offs go and no safety-labelled mail loses a guard signal', () => {
    const mails = corpusMails();
    let stripped = 0;
    const lost: string[] = [];
    for (const row of mails) {
      const before = normaliseMessage(stripMailHistory(normaliseMessage(row.text, 'chat')), 'chat');
      const after = normaliseMessage(row.text, 'mail');
      if (after !== before) stripped++;
      if (row.category === 'safety_compliance' && scanSafety(before).fired && !scanSafety(after).fired) lost.push(row.text.slice(0, 80));
    }
    expect(mails.length).toBe(1866);
    expect(stripped).toBeGreaterThan(750);
    expect(lost).toEqual([]);
  });
});

describe('the summary of a mail', () => {
  it('when a mail opens with a greeting and a courtesy, then the summary is the first sentence that says something', () => {
    expect(summarise(normaliseMessage(ROBERT_KIM, 'mail'))).toMatch(/^I am writing about my prescription for atorvastatin 40 mg/);
    expect(summarise('Subject: Refill request\n\nHello,\n\nCould you please refill my atorvastatin 40 mg? Thanks.')).toBe('Could you please refill my atorvastatin 40 mg?');
  });

  it('when the Robert Kim mail is classified through the app, then the summary is not the greeting and the response carries no part of the sign-off', async () => {
    t = await buildTestApp({}, { classifiers: { primary: null } });
    const response = await t.app.inject(json({ message: ROBERT_KIM, channel: 'mail' }));
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.summary).toMatch(/atorvastatin/);
    expect(body.summary).not.toMatch(/Good morning|hope this message/);
    expect(JSON.stringify(body)).not.toMatch(/Senior Accountant|Robert Kim/);
  });
});

describe('forwarded mail', () => {
  it('when a parent forwards a report, then its header goes and its words stay, so the guard reads them', () => {
    const mail = 'Subject: Fwd: my son\n\n---------- Forwarded message ---------\nFrom: Julie Martin\nTo: Pharmacy Support\n\nMy 4-year-old son swallowed some of his sister\'s ADHD medication this afternoon, maybe two capsules.';
    const text = normaliseMessage(mail, 'mail');
    expect(text).toBe("Subject: Fwd: my son\n\nMy 4-year-old son swallowed some of his sister's ADHD medication this afternoon, maybe two capsules.");
    expect(scanSafety(text).fired).toBe(true);
  });

  it('when a forward is followed by an older quoted reply, then the forward stays and the reply history goes', () => {
    const mail = 'See below\n---------- Forwarded message ---------\nFrom: x@example.com\nDate: Mon, Mar 2\n\nold text\n\nOn Mon, Mar 2, 2026 at 9:14 AM CareRx <help@example.com> wrote:\n> Your order shipped.';
    expect(stripMailHistory(mail)).toBe('See below\nold text');
  });

  it('when the corpus mails are read, then no safety-labelled mail loses the guard signal its full text has', () => {
    const lost = corpusMails()
      .filter((row) => row.category === 'safety_compliance')
      .filter((row) => scanSafety(normaliseMessage(row.text, 'chat')).fired && !scanSafety(normaliseMessage(row.text, 'mail')).fired)
      .map((row) => row.text.slice(0, 80));
    expect(lost).toEqual([]);
  });
});
