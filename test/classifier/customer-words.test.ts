import { describe, expect, it } from 'vitest';
import { createEmbeddedKnowledgeBase, loadKbArticles } from '../../src/adapters/embedded/knowledge-base.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';

const local = createLocalClassifier();
const evidenceOf = async (text: string) => JSON.parse(`[${/^evidence (.*)$/.exec((await local.classify({ text, channel: 'chat' })).reasoning)![1]!}]`) as string[];

describe('decision_path evidence in the customer’s words', () => {
  it('when a message has capitals, apostrophes and an order number, then the evidence quotes the words as written and masks the number', async () => {
    const messages = ['I want to cancel my order 4471923 please', "I can't breathe after the new inhaler", 'Since I started the new blood pressure pills my lips and face are swelling.', 'I need 2 refills of my Lisinopril'];
    for (const message of messages) {
      const evidence = await evidenceOf(message);
      expect(evidence.length, message).toBeGreaterThan(0);
      for (const phrase of evidence) {
        expect(phrase, message).toMatch(/\p{L}/u); // never a bare number such as "0"
        expect(message.replace(/\d{3,}/g, '#'), phrase).toContain(phrase);
      }
    }
    expect((await evidenceOf('I want to cancel my order 4471923 please')).join(' ')).not.toMatch(/\b0\b|4471923/);
  });
});

describe('knowledge-base snippets', () => {
  const kb = createEmbeddedKnowledgeBase();
  const bodies = new Map(loadKbArticles().map((a) => [a.id, a.body.replace(/\s+/g, ' ')]));

  it('when a customer asks when the pharmacy closes on Sunday, then the hours article answers with the Sunday hours, not the weekday lunch break', async () => {
    const [best] = await kb.search('Hi, what time does the pharmacy close on Sunday?', { limit: 3 });
    expect(best?.id).toBe('kb-hours-retail');
    expect(best?.snippet).toMatch(/Sunday 10 a\.m\. to 5 p\.m\./);
    expect(best?.snippet).not.toMatch(/lunch break/);
  });

  it('when snippets are chosen for everyday questions, then each starts where a sentence of its article starts', async () => {
    const questions = ['what time does the pharmacy close on Sunday?', 'how much is overnight shipping', 'when will my order ship', 'do you ship on sundays', 'can I transfer a prescription from another pharmacy', 'what are your holiday hours'];
    for (const question of questions) {
      for (const hit of await kb.search(question, { limit: 3 })) {
        const body = bodies.get(hit.id)!;
        const at = body.indexOf(hit.snippet.replace(/…$/, ''));
        expect(at, `${question} -> ${hit.id}: ${hit.snippet}`).toBeGreaterThanOrEqual(0);
        expect(at === 0 || /[.!?] $/.test(body.slice(at - 2, at)), `${question} -> ${hit.id} starts mid-sentence: ${hit.snippet}`).toBe(true);
        expect(hit.snippet, `${question} -> ${hit.id}`).toMatch(/^[\p{Lu}\p{N}"'(¿¡]/u);
        // "...before 2 p.m. Eastern time..." is one sentence: a snippet never starts at "Eastern".
        expect(hit.snippet, `${question} -> ${hit.id}`).not.toMatch(/^(?:Eastern|Central|Mountain|Pacific) time/);
      }
    }
  });
});
