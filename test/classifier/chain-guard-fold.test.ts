import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClassifierChain, type BreakerOptions } from '../../src/classifier/chain.ts';
import { createOpenAiClassifier } from '../../src/classifier/openai-provider.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import { foldText, type FoldedText } from '../../src/classifier/safety/text.ts';
import type { Classifier, ClassifierChain, ClassifierInput } from '../../src/classifier/types.ts';
import { startOpenAiStub, type OpenAiStub } from '../support/openai-stub.ts';

const input: ClassifierInput = { text: 'Please move my appointment to Friday at 6 PM.', channel: 'chat' };

const breaker: BreakerOptions = { timeoutMs: 0, volumeThreshold: 1000, errorThresholdPercentage: 50, resetTimeoutMs: 30_000, rollingCountTimeoutMs: 10_000 };

let stub: OpenAiStub;
let chain: ClassifierChain | undefined;
beforeEach(async () => {
  stub = await startOpenAiStub();
});
afterEach(async () => {
  chain?.shutdown();
  chain = undefined;
  await stub.close();
});

/** A local classifier that records the fold the guard's memo gives for the text it is asked about. */
function foldReader(read: FoldedText[]): Classifier {
  const answer = { category: 'service_action', confidence: 0.6, urgency: 'medium', summary: 's', reasoning: 'r', language: 'en', provider: 'local', model: 'l', prompt_version: '1' } as const;
  return {
    provider: 'local',
    model: 'l',
    classify: async (i) => {
      read.push(foldText(i.text));
      return answer;
    },
    categorise: async (i) => {
      read.push(foldText(i.text));
      return 'service_action';
    },
  };
}

describe('the guard fold handed to the local model on the LLM path', () => {
  it("when other messages are folded while the LLM answers, then the shadow and the fallback read the guard's fold of the message, not a new one", async () => {
    const read: FoldedText[] = [];
    const primary = createOpenAiClassifier({ apiKey: 'k', baseURL: stub.url, model: 'm', timeoutMs: 1000, maxRetries: 0 });
    chain = createClassifierChain({ primary, fallback: foldReader(read), breaker, maxConcurrency: 10, shadow: true });
    const scan = scanSafety(input.text);
    const fold = foldText(input.text);

    const answered = chain.classify({ ...input, scan });
    foldText('I got a rash all over my arms after starting the new antibiotic.');
    expect((await (await answered).shadow?.settle())?.agree).toBe(false);
    stub.setBehavior({ kind: 'status', status: 400 });
    // The shadow let go of the message once it had read it: triage folds it again for the next request.
    const foldAgain = foldText(input.text);
    const fellBack = chain.classify({ ...input, scan });
    foldText('My son ate some of my pills by mistake.');
    expect((await fellBack).fallback).toBe(true);

    expect(read).toHaveLength(2);
    expect(read[0]).toBe(fold);
    expect(read[1]).toBe(foldAgain);
  });

  it('when the caller gives no scan (the text the LLM sees is not the one the guard read), then nothing is handed back', async () => {
    const read: FoldedText[] = [];
    const primary = createOpenAiClassifier({ apiKey: 'k', baseURL: stub.url, model: 'm', timeoutMs: 1000, maxRetries: 0 });
    chain = createClassifierChain({ primary, fallback: foldReader(read), breaker, maxConcurrency: 10, shadow: true });
    const fold = foldText(input.text);
    const answered = chain.classify({ ...input });
    foldText('My son ate some of my pills by mistake.');
    await (await answered).shadow?.settle();
    expect(read).toHaveLength(1);
    expect(read[0]).not.toBe(fold);
    expect(read[0]!.folded).toBe(fold.folded);
  });
});
