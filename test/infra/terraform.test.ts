import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config.ts';
import { KEEP_ALIVE_TIMEOUT_MS } from '../../src/http/server-timeouts.ts';
import {
  assignedNames,
  loadTerraform,
  nested,
  parseTerraformFile,
  resolve,
  resource,
  resourcesOf,
  terraformDir,
  terraformFiles,
  variableDefault,
  type TerraformModel,
} from './terraform-model.ts';

/** `keyword label1 label2` for every block hcl2json returned (labels nest as objects, blocks are arrays). */
function blockNames(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.map(() => path);
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => blockNames(inner, path === '' ? key : `${path} ${key}`));
}

// The app's own defaults and variable names: the infrastructure must agree with them.
const appDefaults = ConfigSchema.parse({});
const appVariables = new Set(Object.keys(ConfigSchema.shape));

let tf: TerraformModel;
beforeAll(async () => {
  tf = await loadTerraform();
});

describe('infra/terraform parses', () => {
  it('holds the expected files', () => {
    expect(terraformFiles()).toEqual(
      expect.arrayContaining(['versions.tf', 'variables.tf', 'network.tf', 'alb.tf', 'ecs.tf', 'autoscaling.tf']),
    );
    expect(terraformFiles()).toEqual(expect.arrayContaining(['secrets.tf', 'logs.tf', 'redis.tf', 'outputs.tf']));
  });

  it.each(terraformFiles())('when %s is parsed as HCL, then every top-level block of the file is in the result', async (file) => {
    const parsed = await parseTerraformFile(file);
    const source = readFileSync(join(terraformDir, file), 'utf8');
    // Each top-level block starts a line with its keyword and labels: `resource "aws_lb" "app" {`.
    const written = [...source.matchAll(/^([a-z]+)((?: "[^"]+")*) \{/gm)].map((m) => `${m[1]}${m[2]!.replaceAll('"', '')}`).sort();
    expect(written.length).toBeGreaterThan(0);
    expect(blockNames(parsed).sort()).toEqual(written);
  });

  it('when a variable is declared, then it has a type and a description', () => {
    for (const [name, variable] of Object.entries(tf.variables)) {
      expect(variable.type, `variable ${name} type`).toMatch(/^\$\{/);
      expect(String(variable.description ?? ''), `variable ${name} description`).not.toBe('');
    }
  });
});

describe('load balancer', () => {
  it('when the ALB health-checks a task, then it asks the liveness route and expects 200', () => {
    const targetGroup = resource(tf, 'aws_lb_target_group', 'app');
    const check = nested(targetGroup, 'health_check');
    expect(resolve(tf, check.path)).toBe('/api/v1/health');
    expect(check.matcher).toBe('200');
    expect(targetGroup.target_type).toBe('ip');
    expect(resolve(tf, targetGroup.port)).toBe(appDefaults.PORT);
  });

  it('when the container port has its default, then it is the app default PORT', () => {
    expect(appDefaults.PORT).toBe(8080);
    expect(variableDefault(tf, 'container_port')).toBe(appDefaults.PORT);
  });

  it('when a task is deregistered, then the ALB waits longer than the app drains', () => {
    const delay = resolve(tf, resource(tf, 'aws_lb_target_group', 'app').deregistration_delay);
    expect(delay).toBeTypeOf('number');
    expect(delay as number).toBeGreaterThan(appDefaults.SHUTDOWN_TIMEOUT_MS / 1000);
    expect(variableDefault(tf, 'shutdown_timeout_ms')).toBe(appDefaults.SHUTDOWN_TIMEOUT_MS);
    expect(variableDefault(tf, 'stop_timeout_seconds') as number).toBeGreaterThan(appDefaults.SHUTDOWN_TIMEOUT_MS / 1000);
  });

  it('when a client speaks HTTP, then it is redirected to HTTPS on 443', () => {
    const https = resource(tf, 'aws_lb_listener', 'https');
    expect(https.protocol).toBe('HTTPS');
    expect(https.certificate_arn).toBe('${var.certificate_arn}');
    const redirect = nested(nested(resource(tf, 'aws_lb_listener', 'http_redirect'), 'default_action'), 'redirect');
    expect(redirect).toMatchObject({ protocol: 'HTTPS', port: '443', status_code: 'HTTP_301' });
  });

  it('when a keep-alive connection idles, then the ALB closes it before the app does (no 502 on reuse)', () => {
    const idle = resolve(tf, resource(tf, 'aws_lb', 'main').idle_timeout) as number;
    expect(idle).toBe(60);
    expect(KEEP_ALIVE_TIMEOUT_MS / 1000).toBeGreaterThan(idle);
  });

  it('when the internet asks for /metrics, then the ALB answers 404 itself', () => {
    const rule = resource(tf, 'aws_lb_listener_rule', 'hide_metrics');
    expect(rule.listener_arn).toBe('${aws_lb_listener.https.arn}');
    expect(nested(nested(rule, 'condition'), 'path_pattern').values).toContain('/metrics');
    expect(nested(nested(rule, 'action'), 'fixed_response').status_code).toBe('404');
  });
});

describe('task definition', () => {
  const environmentNames = () => Object.keys(tf.locals.container_environment as object);
  // merge({ literal map }, { for ... : "REDIS_URL" => arn }): hcl2json keeps it as one expression.
  const secretNames = () => assignedNames(String(tf.locals.container_secrets));

  it('when the task definition sets environment and secrets, then every name is a ConfigSchema key', () => {
    const names = [...environmentNames(), ...secretNames()];
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(appVariables, `${name} is not read by the app`).toContain(name);
  });

  it('when the task starts, then it gets the operational variables and the secrets, REDIS_URL (with its AUTH token) among them', () => {
    expect(environmentNames()).toEqual(
      expect.arrayContaining(['PORT', 'LOG_LEVEL', 'CLASSIFIER_PROVIDER', 'OPENAI_MODEL', 'LLM_TIMEOUT_MS']),
    );
    expect(environmentNames()).toEqual(
      expect.arrayContaining(['RATE_LIMIT_MAX', 'RATE_LIMIT_WINDOW_MS', 'TRUST_PROXY', 'SHUTDOWN_TIMEOUT_MS']),
    );
    expect(environmentNames()).not.toContain('REDIS_URL');
    expect(secretNames().sort()).toEqual(['API_KEYS', 'OPENAI_API_KEY', 'REDIS_URL']);
  });

  it('when the task starts in production, then it refuses to run without API keys and serves no API docs', () => {
    const environment = tf.locals.container_environment as Record<string, unknown>;
    expect(environment.REQUIRE_API_KEYS).toBe('true');
    expect(environment.DOCS).toBe('off');
    expect(ConfigSchema.shape.REQUIRE_API_KEYS.parse('true')).toBe(true);
    expect(ConfigSchema.shape.DOCS.parse('off')).toBe('off');
  });

  it('when the container definition is built, then its names come only from those locals', () => {
    const definitions = String(resource(tf, 'aws_ecs_task_definition', 'app').container_definitions);
    expect(definitions).toContain('local.container_environment');
    expect(definitions).toContain('local.container_secrets');
    // No environment name hidden as a literal inside the jsonencode() expression.
    const literalNames = [...definitions.matchAll(/name\s*=\s*"([A-Z][A-Z0-9_]*)"/g)].map((m) => m[1]);
    expect(literalNames).toEqual([]);
  });

  it('when the service deploys, then it runs 2 tasks and rolls back a failing release', () => {
    const service = resource(tf, 'aws_ecs_service', 'app');
    expect(resolve(tf, service.desired_count)).toBe(2);
    expect(nested(service, 'deployment_circuit_breaker')).toEqual({ enable: true, rollback: true });
    expect(nested(service, 'network_configuration').assign_public_ip).toBe(false);
  });
});

describe('autoscaling', () => {
  it('when load changes, then the service scales between 2 and 10 tasks', () => {
    const target = resource(tf, 'aws_appautoscaling_target', 'service');
    expect(resolve(tf, target.min_capacity)).toBe(2);
    expect(resolve(tf, target.max_capacity)).toBe(10);
  });

  it('when CPU or memory passes 70%, then a target-tracking policy scales out', () => {
    const targets = Object.fromEntries(
      resourcesOf(tf, 'aws_appautoscaling_policy').map(([, policy]) => {
        const config = nested(policy, 'target_tracking_scaling_policy_configuration');
        const metric = nested(config, 'predefined_metric_specification').predefined_metric_type as string;
        return [metric, resolve(tf, config.target_value)];
      }),
    );
    expect(targets).toEqual({ ECSServiceAverageCPUUtilization: 70, ECSServiceAverageMemoryUtilization: 70 });
  });
});
