import { beforeAll, describe, expect, it } from 'vitest';
import { loadTerraform, resource, resourcesOf, variableDefault, type TerraformModel } from './terraform-model.ts';

// Who may talk to whom: internet -> ALB -> tasks -> Redis, and what the execution role may touch.
let tf: TerraformModel;
beforeAll(async () => {
  tf = await loadTerraform();
});

describe('network access', () => {
  const rulesOn = (group: string) =>
    resourcesOf(tf, 'aws_vpc_security_group_ingress_rule').filter(
      ([, rule]) => rule.security_group_id === `\${aws_security_group.${group}.id}`,
    );

  it('when anything connects to a task, then only the ALB security group is allowed, on the app port', () => {
    const rules = rulesOn('tasks');
    expect(rules.length).toBeGreaterThan(0);
    for (const [name, rule] of rules) {
      expect(rule.referenced_security_group_id, name).toBe('${aws_security_group.alb.id}');
      expect(rule, name).not.toHaveProperty('cidr_ipv4');
      expect(rule, name).not.toHaveProperty('cidr_ipv6');
      expect(rule, name).not.toHaveProperty('prefix_list_id');
      expect([rule.from_port, rule.to_port], name).toEqual(['${var.container_port}', '${var.container_port}']);
    }
    // No inline or legacy rule can widen it.
    expect(resource(tf, 'aws_security_group', 'tasks')).not.toHaveProperty('ingress');
    expect(tf.resources.aws_security_group_rule ?? {}).toEqual({});
  });

  it('when Redis is enabled, then only the tasks may reach it and it is count-based', () => {
    for (const [, rule] of rulesOn('redis[0]')) {
      expect(rule.referenced_security_group_id).toBe('${aws_security_group.tasks.id}');
    }
    expect(rulesOn('redis[0]').length).toBe(1);
    expect(resource(tf, 'aws_elasticache_replication_group', 'redis').count).toBe('${var.enable_redis ? 1 : 0}');
    expect(variableDefault(tf, 'enable_redis')).toBe(false);
  });

  it('when the execution role is granted "*", then only for the ECR login call that requires it', () => {
    const statements = tf.data.aws_iam_policy_document?.execution?.statement as Array<Record<string, unknown>>;
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      if ((statement.resources as string[]).includes('*')) {
        expect(statement.actions).toEqual(['ecr:GetAuthorizationToken']);
      }
    }
    const secrets = statements.find((s) => (s.actions as string[]).includes('secretsmanager:GetSecretValue'));
    expect(secrets?.resources).toBe('${values(local.container_secrets)}');
  });
});
