import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, fakeKnowledgeBase } from '../support/app.ts';
import { createKeywordClassifier } from '../support/fakes.ts';

const infra = fileURLToPath(new URL('../../infra/observability/', import.meta.url));

let t: Awaited<ReturnType<typeof buildTestApp>> | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

/** Every `careroute_…{matchers}` selector of the alert rules and the dashboard's queries. */
function selectors(): Array<{ name: string; matchers: Array<[string, string, string]> }> {
  const text = ['prometheus-alerts.yml', 'grafana-dashboard.json'].map((f) => readFileSync(infra + f, 'utf8')).join('\n').replaceAll('\\"', '"');
  return [...text.matchAll(/(careroute_[a-z_]+)(?:\{([^}]*)\})?/g)].map((m) => ({
    name: m[1]!,
    matchers: [...(m[2] ?? '').matchAll(/(\w+)\s*(=~|!=|=)\s*"([^"]*)"/g)].map((x) => [x[1]!, x[2]!, x[3]!] as [string, string, string]),
  }));
}

/** The samples of a metric; a histogram named without its suffix (in prose) is read through `_count`. */
function samples(exposition: string, name: string): Array<Record<string, string>> {
  const names = [name, `${name}_count`];
  return exposition
    .split('\n')
    .filter((line) => names.some((n) => line.startsWith(`${n}{`) || line.startsWith(`${n} `)))
    .map((line) => Object.fromEntries([...line.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!])));
}

const matches = (labels: Record<string, string>, [label, op, value]: [string, string, string]) =>
  op === '=' ? labels[label] === value : op === '!=' ? labels[label] !== value : new RegExp(`^(?:${value})$`).test(labels[label] ?? '');

describe('series that dashboards and alerts read', () => {
  it('when the service has just started with its production shape (an LLM primary) and served nothing, then every series a dashboard or alert selects already has a sample', async () => {
    const llm = createKeywordClassifier({ provider: 'openai' });
    t = await buildTestApp({}, { classifiers: { primary: llm, fallback: createKeywordClassifier() }, ports: { knowledgeBase: fakeKnowledgeBase } });
    const exposition = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    const missing = selectors()
      .filter(({ name, matchers }) => !samples(exposition, name).some((labels) => matchers.every((m) => matches(labels, m))))
      .map(({ name, matchers }) => `${name}{${matchers.map((m) => m.join('')).join(',')}}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('when the primary is the LLM behind a breaker, then the breaker state gauge reads 0 (closed) before the breaker ever changes state', async () => {
    const llm = createKeywordClassifier({ provider: 'openai' });
    t = await buildTestApp({}, { classifiers: { primary: llm, fallback: createKeywordClassifier() }, ports: { knowledgeBase: fakeKnowledgeBase } });
    const exposition = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(exposition).toMatch(/^careroute_circuit_breaker_state\{breaker="openai"\} 0$/m);
    expect(exposition).toMatch(/^careroute_circuit_breaker_opens_total\{breaker="openai"\} 0$/m);
  });
});
