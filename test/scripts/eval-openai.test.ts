import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/eval.ts';
import type { EvalReport } from '../../scripts/lib/eval-report.ts';

describe('npm run eval --provider openai', () => {
  it('when --variant names no prompt, then it stops with one line naming the choices', async () => {
    const err: string[] = [];
    const code = await main(['--data', 'x.jsonl', '--provider', 'openai', '--variant', 'terse'], { stdout: { write: () => true }, stderr: { isTTY: false, write: (c: string) => err.push(c) > 0 }, env: {} });
    expect(code).toBe(1);
    expect(err.join('')).toBe('eval: --variant must be one of compact, baseline\n');
  });

  const dir = mkdtempSync(join(tmpdir(), 'careroute-eval-openai-'));
  const io = { stdout: { write: () => true }, stderr: { isTTY: false, write: () => true } };

  it('when the provider is openai, then tokens and cost are reported and failed calls fall back to the local model', async () => {
    // A loopback OpenAI-compatible stub: 300 prompt + 50 completion tokens a call; 400 on "FAIL".
    const schemas: string[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const fail = body.includes('FAIL');
        const baseline = body.includes('"triage_classification"');
        schemas.push(baseline ? 'baseline' : 'compact');
        const category = body.includes('hives') ? 'safety_compliance' : 'informational';
        const content = JSON.stringify(
          baseline
            ? { category, confidence: 0.9, secondary_category: null, urgency: 'low', summary: 'a message', reasoning: 'stub', language: 'en', safety_signals: [], case_facts: null }
            : { category, confidence: 0.9, urgency: 'low', lang: 'en', signals: [], facts: null },
        );
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
                  usage: baseline ? { prompt_tokens: 300, completion_tokens: 80, total_tokens: 380 } : { prompt_tokens: 300, completion_tokens: 50, total_tokens: 350 },
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
      expect(report.tokens!.completion_per_call).toEqual({ p50: 50, p95: 50, max: 50 });
      expect(report.prompt_variant).toBe('compact:100');
      expect(new Set(schemas)).toEqual(new Set(['compact']));

      // --variant baseline measures that one prompt on the same file.
      schemas.length = 0;
      const out: string[] = [];
      const baselineIo = { ...io, stdout: { write: (chunk: string) => out.push(chunk) }, env };
      expect(await main(['--data', data, '--provider', 'openai', '--variant', 'baseline', '--report', reportPath], baselineIo)).toBe(0);
      const baseline = JSON.parse(readFileSync(reportPath, 'utf8')) as EvalReport;
      expect(new Set(schemas)).toEqual(new Set(['baseline']));
      expect(baseline.prompt_variant).toBe('baseline');
      expect(baseline.tokens!.completion_per_call).toEqual({ p50: 80, p95: 80, max: 80 });
      expect(out.join('')).toMatch(/output tokens per call \(prompt baseline\): p50 80, p95 80, max 80/);
    } finally {
      server.close();
    }
  });
});
