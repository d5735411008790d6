import { describe, expect, it } from 'vitest';
import { Registry } from 'prom-client';
import { composeService } from '../../src/compose.ts';
import { loadConfig } from '../../src/config.ts';
import { createMetrics } from '../../src/observability/metrics.ts';
import { redactWithEchoes } from '../../src/observability/redact.ts';

const SPOKEN_RX = 'refill please for prescription number uh two two nine oh four seven one that is the met for men um five hundred';

describe('redactWithEchoes(source).quoting: a line of our wording quoting the source', () => {
  it('when a quoted word is a piece of an identifier in the source, then it is masked as in the source', () => {
    const { redacted, quoting } = redactWithEchoes(SPOKEN_RX);
    expect(redacted).not.toContain('two two nine');
    const line = quoting('evidence "refill please", "two two", "five"');
    expect(line).not.toContain('two two');
    expect(line.startsWith('evidence "refill please", "')).toBe(true);
  });

  it('when a bracketed term is a piece of an address in the source, then it is masked', () => {
    const source = 'please send it to 22 Harbor View Dr. Somerville MA 02144, my tablets came broken';
    const line = redactWithEchoes(source).quoting('safety guard: product_quality [Somerville MA, came broken] -> safety_compliance');
    expect(line).not.toContain('Somerville');
    expect(line).toContain('came broken]');
  });

  it('when a quoted word is not in the source, then the whole line is scanned as a derived text', () => {
    const line = redactWithEchoes('please refill my lisinopril').quoting('evidence "call me at 555-201-7788", "refill"');
    expect(line).not.toContain('555-201-7788');
    expect(line).toContain('[PHONE]');
  });
});

describe('decision_path of the local model', () => {
  it('when the evidence quotes a piece of a prescription number read out, then decision_path and the ticket mask it', async () => {
    const service = composeService(loadConfig({ NODE_ENV: 'test', CLASSIFIER_PROVIDER: 'local' }), { metrics: createMetrics(new Registry()), log: { warn: () => {}, info: () => {}, debug: () => {} } });
    const { body } = await service.triage({ request_id: 'r1', message: SPOKEN_RX, channel: 'voice', received_at: new Date() });
    expect(body.decision_path.startsWith('local ')).toBe(true);
    expect(body.decision_path).toContain('evidence "');
    for (const piece of ['two two', 'nine oh', 'four seven']) expect(JSON.stringify(body)).not.toContain(piece);
  });
});
