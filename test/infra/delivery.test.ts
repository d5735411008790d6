import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
// `yaml` arrives with fastify's swagger plugins and vite (not a direct dependency): it parses
// YAML 1.2, as GitHub and Prometheus read these files.
import { parse as parseYaml } from 'yaml';
import { createMetrics } from '../../src/observability/metrics.ts';

const root = join(import.meta.dirname, '..', '..');
const read = (...path: string[]) => readFileSync(join(root, ...path), 'utf8');

/** Dockerfile instructions with continuation lines joined and comments dropped. */
function dockerInstructions(text: string): Array<{ keyword: string; args: string }> {
  return text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

describe('Dockerfile', () => {
  const instructions = dockerInstructions(read('Dockerfile'));
  const all = (keyword: string) => instructions.filter((i) => i.keyword === keyword).map((i) => i.args);
  const args = Object.fromEntries(all('ARG').map((a) => a.split('=') as [string, string]));

  it('when an image is built, then every stage starts from node:24 pinned by a digest (a tag alone floats)', () => {
    const bases = all('FROM').map((a) => a.split(/\s+/)[0]!.replace(/\$\{(\w+)\}/g, (_m, name: string) => args[name] ?? ''));
    expect(bases.length).toBeGreaterThanOrEqual(2);
    for (const base of bases) expect(base).toMatch(/^node:24(-slim)?@sha256:[0-9a-f]{64}$/);
    expect(args['NODE_DIGEST']).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('when the container runs, then it is not root and has production settings', () => {
    const user = all('USER').at(-1);
    expect(user).toBeDefined();
    expect(['root', '0', '0:0']).not.toContain(user);
    expect(all('ENV').join(' ')).toMatch(/NODE_ENV=production/);
    expect(all('EXPOSE')).toContain('8080');
    expect(all('RUN').join(' ')).toMatch(/npm ci --omit=dev/);
  });

  it('when Docker checks health, then it probes /api/v1/health with node itself', () => {
    const [healthcheck] = all('HEALTHCHECK');
    expect(healthcheck).toMatch(/CMD \["node", "-e", .*\/api\/v1\/health/);
  });

  it('when the container starts, then node runs src/server.ts in exec form and stops on SIGTERM', () => {
    const cmd = all('CMD').at(-1) ?? '';
    expect(JSON.parse(cmd)).toEqual(['node', 'src/server.ts']);
    expect(all('STOPSIGNAL')).toEqual(['SIGTERM']);
  });
});

describe('GitHub workflows', () => {
  const dir = join(root, '.github', 'workflows');
  const workflows = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
  const load = (name: string) => parseYaml(readFileSync(join(dir, name), 'utf8'));

  it('holds ci and cd', () => {
    expect(workflows).toEqual(expect.arrayContaining(['ci.yml', 'cd.yml']));
  });

  it.each(workflows)('when %s uses an action, then it is pinned to a full commit SHA', (name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const uses = [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)/gm)].map((m) => m[1]!);
    expect(uses.length).toBeGreaterThan(0);
    for (const ref of uses) expect(ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
  });

  it.each(workflows)('when %s runs, then the token can only read, and OIDC is granted per job', (name) => {
    const workflow = load(name);
    expect(workflow.permissions).toEqual({ 'contents': 'read' });
    for (const [jobName, job] of Object.entries<any>(workflow.jobs)) {
      const usesAws = (job.steps ?? []).some((s: any) => String(s.uses ?? '').startsWith('aws-actions/configure-aws'));
      expect(job.permissions?.['id-token'] === 'write', `${name} ${jobName} id-token`).toBe(usesAws);
      expect(Object.values(job.permissions ?? {}).filter((p) => p === 'write').length).toBeLessThanOrEqual(1);
    }
  });

  it('when a release tag is deployed, then it goes through the production environment', () => {
    const deploy = Object.values<any>(load('cd.yml').jobs).find((job) => job.environment);
    expect(deploy?.environment).toBe('production');
    expect(deploy?.if).toMatch(/refs\/tags\/v/);
  });
});

describe('observability', () => {
  const registry = new Registry();
  createMetrics(registry, { defaultMetrics: false });
  const registered = new Set(registry.getMetricsAsArray().map((metric) => metric.name));
  /** The metric names this task was specified against; each must be one the app registers. */
  const documented = [
    'careroute_http_request_duration_seconds', 'careroute_classifications_total', 'careroute_classification_confidence',
    'careroute_human_review_total', 'careroute_llm_request_duration_seconds', 'careroute_llm_errors_total',
    'careroute_llm_tokens_total', 'careroute_llm_cost_usd_total', 'careroute_circuit_breaker_state',
    'careroute_circuit_breaker_opens_total', 'careroute_classifier_fallbacks_total', 'careroute_rate_limited_total',
    'careroute_workflow_outcomes_total', 'careroute_auth_failures_total', 'careroute_shadow_comparisons_total',
  ];
  const baseName = (name: string) => {
    const base = name.replace(/_(bucket|sum|count)$/, '');
    return documented.includes(base) ? base : name;
  };
  const referenced = (exprs: string[]) =>
    new Set(exprs.flatMap((expr) => [...expr.matchAll(/\bcareroute_[a-z0-9_]+/g)].map((m) => baseName(m[0]))));

  it('when the app registers its metrics, then every documented name is among them', () => {
    for (const name of documented) expect(registered, name).toContain(name);
  });

  it('when Prometheus loads the alert rules, then they parse and use only documented metrics', () => {
    const rules = (parseYaml(read('infra', 'observability', 'prometheus-alerts.yml')).groups as any[]).flatMap((g) => g.rules);
    expect(rules.length).toBeGreaterThanOrEqual(5);
    for (const rule of rules) expect(rule).toMatchObject({ alert: expect.any(String), expr: expect.any(String) });
    const names = referenced(rules.map((rule) => rule.expr as string));
    for (const name of names) expect(documented, name).toContain(name);
    for (const needed of ['circuit_breaker_state', 'classifier_fallbacks_total', 'http_request_duration_seconds', 'rate_limited_total']) {
      expect(names).toContain(`careroute_${needed}`);
    }
  });

  it('when Grafana imports the dashboard, then its queries use only documented metrics and cover them', () => {
    const dashboard = JSON.parse(read('infra', 'observability', 'grafana-dashboard.json'));
    const exprs = (dashboard.panels as any[]).flatMap((panel) => (panel.targets ?? []).map((t: any) => t.expr as string));
    const names = referenced(exprs);
    for (const name of names) expect(documented, name).toContain(name);
    expect([...names].sort()).toEqual([...documented].sort());
  });
});
