import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/eval.ts';
import { costPerThousand } from '../../scripts/lib/cost.ts';
import { DatasetError, parseDataset } from '../../scripts/lib/dataset.ts';
import { formatReport } from '../../scripts/lib/eval-format.ts';
import { buildReport, type EvalReport } from '../../scripts/lib/eval-report.ts';
import { perSourceFigures } from '../../scripts/lib/per-source.ts';
import { accuracy, classFigures, confusionMatrix, expectedCalibrationError, macroF1, percentile } from '../../scripts/lib/metrics.ts';
import { createProgress } from '../../scripts/lib/progress.ts';

describe('metrics', () => {
  // rows actual, columns predicted
  const matrix = [
    [5, 1, 0],
    [2, 6, 2],
    [0, 0, 4],
  ];

  it('when labels are counted, then the confusion matrix has actual rows and predicted columns', () => {
    expect(confusionMatrix([0, 0, 1, 2, 2], [0, 1, 1, 2, 0], 3)).toEqual([
      [1, 1, 0],
      [0, 1, 0],
      [1, 0, 1],
    ]);
  });

  it('when figures are computed from a hand-checked matrix, then they match', () => {
    const [info, service, safety] = classFigures(matrix);
    expect(info!.precision).toBeCloseTo(5 / 7, 10);
    expect(info!.recall).toBeCloseTo(5 / 6, 10);
    expect(service!.precision).toBeCloseTo(6 / 7, 10);
    expect(service!.recall).toBeCloseTo(0.6, 10);
    expect(safety!.precision).toBeCloseTo(4 / 6, 10);
    expect(safety!.recall).toBe(1);
    expect(safety!.f1).toBeCloseTo(0.8, 10);
    expect(accuracy(matrix)).toBeCloseTo(15 / 20, 10);
    const f1 = (p: number, r: number) => (2 * p * r) / (p + r);
    expect(macroF1(matrix)).toBeCloseTo((f1(5 / 7, 5 / 6) + f1(6 / 7, 0.6) + 0.8) / 3, 10);
  });

  it('when the data hold one class only, then macro-F1 is over that class, not diluted by the absent ones', () => {
    expect(macroF1([[0, 0, 0], [0, 0, 0], [0, 0, 9]])).toBe(1);
    // 8 of 9 right, one sent to informational: F1 of safety = 2 * 1 * (8/9) / (1 + 8/9).
    expect(macroF1([[0, 0, 0], [0, 0, 0], [1, 0, 8]])).toBeCloseTo(16 / 17, 10);
  });

  it('when a class is never predicted, then its precision is 0, not NaN', () => {
    expect(classFigures([[1, 0], [1, 0]])[1]).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
  });

  it('when confidences are known, then ECE is the weighted gap per bin', () => {
    // bin [0.8, 0.867): two answers at 0.8, one right -> gap 0.3; bin [0.933, 1]: one at 1.0, right -> gap 0.
    expect(expectedCalibrationError([0.8, 0.8, 1], [true, false, true])).toBeCloseTo((2 / 3) * 0.3, 10);
    expect(expectedCalibrationError([0.9, 0.9], [true, true], 15)).toBeCloseTo(0.1, 10);
    expect(expectedCalibrationError([], [])).toBe(0);
  });

  it('when percentiles are asked, then they interpolate between ranks', () => {
    expect(percentile([4, 1, 3, 2], 50)).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5], 100)).toBe(5);
    expect(percentile([10, 20], 99)).toBeCloseTo(19.9, 10);
    expect(percentile([], 50)).toBeNaN();
  });

  it('when tokens are priced, then the cost per 1,000 messages uses the list prices', () => {
    // 1,000 tokens in and 100 out per message: 1000 * 0.15e-6 + 100 * 0.6e-6 = $0.00021 per message.
    expect(costPerThousand(10_000, 1_000, 10)).toBeCloseTo(0.21, 10);
  });
});

describe('dataset parser', () => {
  it('when a line is good, then text/message, category and channel (default chat) are read', () => {
    const items = parseDataset('{"message":"hi","category":"informational","lang":"en"}\n\n{"text":"x","category":"service_action","channel":"voice"}\n', 'd.jsonl');
    expect(items).toEqual([
      { line: 1, text: 'hi', category: 'informational', channel: 'chat' },
      { line: 3, text: 'x', category: 'service_action', channel: 'voice' },
    ]);
  });

  it.each([
    ['{"text":"a","category":"informational"}\n{"text":"b","category":"urgent"}', 'data.jsonl:2: category must be one of informational, service_action, safety_compliance'],
    ['{"text":"a","category":"informational"\n', 'data.jsonl:1: not valid JSON'],
    ['[1,2]', 'data.jsonl:1: expected a JSON object'],
    ['{"text":"  ","category":"informational"}', 'data.jsonl:1: text (or message) must be a non-empty string'],
    ['{"text":"a","category":"informational","channel":"fax"}', 'data.jsonl:1: channel must be one of chat, voice, mail, api'],
    ['\n\n', 'data.jsonl: no messages (expected one JSON object a line)'],
  ])('when the file is bad, then one line names the line and the problem', (content, message) => {
    expect(() => parseDataset(content, 'data.jsonl')).toThrow(new DatasetError(message));
  });
});

describe('progress bar', () => {
  it('when stderr is not a terminal, then nothing is written', () => {
    const written: string[] = [];
    const progress = createProgress(10, { isTTY: false, write: (c) => written.push(c) > 0 });
    progress.tick(5);
    progress.done();
    expect(written).toEqual([]);
  });

  it('when stderr is a terminal, then the bar is redrawn in place and closed with a newline', () => {
    const written: string[] = [];
    const progress = createProgress(4, { isTTY: true, write: (c) => written.push(c) > 0 });
    progress.tick(2);
    progress.done();
    expect(written.at(-2)).toMatch(/^\reval \[#+\] 4\/4 100%$/);
    expect(written.at(-1)).toBe('\n');
  });
});

describe('npm run eval', () => {
  const dir = mkdtempSync(join(tmpdir(), 'careroute-eval-'));
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return {
      out,
      err,
      io: { stdout: { write: (c: string) => out.push(c) }, stderr: { isTTY: false, write: (c: string) => err.push(c) > 0 }, env: {} },
    };
  };

  it('when run on a small labelled file, then it prints and writes every figure', async () => {
    const data = join(dir, 'fixture.jsonl');
    const reportPath = join(dir, 'report.json');
    writeFileSync(
      data,
      [
        { text: 'what time do you close on sunday', category: 'informational' },
        { message: 'please refill my lisinopril', category: 'service_action', channel: 'chat' },
        { text: 'since I started the new pills I have hives all over', category: 'safety_compliance', channel: 'voice' },
        { text: 'Hello,\n\nPlease cancel my order.\n\nThanks', category: 'service_action', channel: 'mail', id: 'ignored' },
      ]
        .map((o) => JSON.stringify(o))
        .join('\n'),
    );
    const { out, err, io } = capture();
    expect(await main(['--data', data, '--report', reportPath], io)).toBe(0);
    expect(err).toEqual([]);
    const text = out.join('');
    expect(text).toMatch(/service decision \(classifier \+ safety guard\): accuracy 1\.000/);
    expect(text).toMatch(/latency per message .* p99 [\d.]+ ms/);
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as EvalReport;
    expect(report).toMatchObject({ n: 4, provider: 'local' });
    expect(report.service.accuracy).toBe(1);
    expect(report.model_only.safety_recall).toBe(1);
    expect(report.service.confusion_matrix).toEqual([
      [1, 0, 0],
      [0, 2, 0],
      [0, 0, 1],
    ]);
    expect(report.latency_ms.p99).toBeGreaterThan(0);
    // CPU time is reported beside wall-clock latency (a busy machine inflates only the latter).
    expect(report.cpu_ms!.p99).toBeGreaterThanOrEqual(0);
    expect(text).toMatch(/CPU time per message .* p99 [\d.]+ ms/);
    expect(report.ece).toBeGreaterThanOrEqual(0);
    expect(report.tokens).toBeUndefined();
  });

  it('when run on a folder, then each file (or line source) gets its own row with service, model-only and guard figures', async () => {
    const folder = join(dir, 'sources');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, 'forum.jsonl'),
      [
        { text: 'since I started the new pills I have hives all over', category: 'safety_compliance' },
        { text: 'my face swelled up after the second dose of lisinopril', category: 'safety_compliance' },
      ]
        .map((o) => JSON.stringify(o))
        .join('\n'),
    );
    writeFileSync(
      join(folder, 'mixed.jsonl'),
      [
        { text: 'what time do you close on sunday', category: 'informational', source: 'hours-faq' },
        { text: 'please refill my lisinopril', category: 'service_action', source: 'pharmacy-chat' },
      ]
        .map((o) => JSON.stringify(o))
        .join('\n'),
    );
    const reportPath = join(dir, 'sources.json');
    const { out, io } = capture();
    expect(await main(['--data', folder, '--report', reportPath], io)).toBe(0);
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as EvalReport;
    expect(report.per_source!.map((r) => [r.source, r.n])).toEqual([
      ['forum', 2],
      ['hours-faq', 1],
      ['pharmacy-chat', 1],
      ['all', 4],
    ]);
    const forum = report.per_source![0]!;
    expect(forum.service).toEqual({ accuracy: 1, macro_f1: 1, safety_recall: 1, safety_precision: 1 });
    // No safety message in a file: recall and precision are undefined, shown as "-", not 0.
    expect(report.per_source![1]!.service.safety_recall).toBeNull();
    const text = out.join('');
    expect(text).toMatch(/^source\s+n\s+n-saf\s+acc\s+mF1\s+s-rec\s+s-prec\s+acc\s+mF1\s+s-rec\s+s-prec\s+ECE\s+saved\s+cost\s+broke$/m);
    expect(text).toMatch(/^hours-faq\s+1\s+0\s+1\.000\s+1\.000\s+-\s+-/m);
  });

  it('when the guard overrides nothing or something, then the report says what it saved and cost', () => {
    const base = { actual: 'informational', model: 'informational', confidence: 0.9, service: 'informational', guardFired: false, latencyMs: 0.1, promptTokens: 0, completionTokens: 0 } as const;
    const records = [
      { ...base, actual: 'safety_compliance', service: 'safety_compliance', guardFired: true },
      { ...base, service: 'safety_compliance', guardFired: true },
      { ...base, model: 'service_action', service: 'safety_compliance', guardFired: true },
    ] as const;
    const [row] = perSourceFigures(records, ['a', 'a', 'a']);
    expect(row!.guard).toEqual({ changed: 3, saved: 1, cost: 2, broke: 1 });
    const text = formatReport(buildReport(records, { data: 'x', provider: 'local', model: 'm' }));
    expect(text).toMatch(/changed 3 model answers to safety_compliance: saved 1 safety report\(s\) the model missed, cost 2 false alarm\(s\)/);
    expect(formatReport(buildReport([base], { data: 'x', provider: 'local', model: 'm' }))).toMatch(/neither saved nor cost anything/);
  });

  it('when the file has a bad line, then it prints one line and exits 1', async () => {
    const data = join(dir, 'bad.jsonl');
    writeFileSync(data, '{"text":"hi","category":"informational"}\n{"text":"x","category":"other"}\n');
    const { out, err, io } = capture();
    expect(await main(['--data', data], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([`${data}:2: category must be one of informational, service_action, safety_compliance\n`]);
  });

  it('when openai is asked without a key, then it says so and exits 1', async () => {
    const data = join(dir, 'one.jsonl');
    writeFileSync(data, '{"text":"hi","category":"informational"}\n');
    const { err, io } = capture();
    expect(await main(['--data', data, '--provider', 'openai'], io)).toBe(1);
    expect(err.join('')).toMatch(/OPENAI_API_KEY/);
  });

  it('when --data is missing, then usage is printed and it exits 1', async () => {
    const { err, io } = capture();
    expect(await main([], io)).toBe(1);
    expect(err.join('')).toMatch(/--data is required/);
  });
});
