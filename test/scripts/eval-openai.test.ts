import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/eval.ts';
import type { EvalReport } from '../../scripts/lib/eval-report.ts';

describe('npm run eval --provider openai', () => {
  const dir = mkdtempSync(join(tmpdir(), 'careroute-eval-openai-'));
  const io = { stdout: { write: () => true }, stderr: { isTTY: false, write: () => true } };

  it('when the provider is openai, then tokens and cost are reported and failed calls fall back to the local model', async () => {
    // A loopback OpenAI-compatible stub: 300 prompt + 50 completion tokens a call; 400 on "FAIL".
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const fail = body.includes('FAIL');
        const content = JSON.stringify({
          category: body.includes('hives') ? 'safety_compliance' : 'informational',
          confidence: 0.9,
          urgency: 'low',
          lang: 'en',
          signals: [],
          facts: null,
        });
        res.writeHead(fail ? 400 : 200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify(
            fail
              ? { error: { message: 'bad request', type: 'invalid_request_error' } }
              : {
                  id: 'c1',
                  object: 'chat.completion',
                  created: 0,
                  model: 'gpt-4o-mini',
                  choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content, refusal: null } }],
                  usage: { prompt_tokens: 300, completion_tokens: 50, total_tokens: 350 },
                },
          ),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const data = join(dir, 'openai.jsonl');
      writeFileSync(
        data,
        [
          '{"text":"what time do you close","category":"informational"}',
          '{"text":"since I started the new pills I have hives all over","category":"safety_compliance"}',
          '{"text":"FAIL please refill my lisinopril","category":"service_action"}',
        ].join('\n'),
      );
      const reportPath = join(dir, 'openai-report.json');
      const env = { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`, LLM_MAX_RETRIES: '0' };
      expect(await main(['--data', data, '--provider', 'openai', '--report', reportPath], { ...io, env })).toBe(0);
      const report = JSON.parse(readFileSync(reportPath, 'utf8')) as EvalReport;
      expect(report.provider).toBe('openai');
      expect(report.failures.count).toBe(1);
      expect(report.service.accuracy).toBe(1);
      // The warm-up call is not counted: two answered calls of 350 tokens each.
      expect(report.tokens).toMatchObject({ prompt: 600, completion: 100, total: 700, per_message: 350 });
      expect(report.tokens!.cost_per_1000_messages_usd).toBeCloseTo((300 * 0.15 + 50 * 0.6) / 1000, 4);
    } finally {
      server.close();
    }
  });
});
