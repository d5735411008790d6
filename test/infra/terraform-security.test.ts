import { beforeAll, describe, expect, it } from 'vitest';
import { nested, resolve, resource, variableDefault, type Block, type TerraformModel, loadTerraform } from './terraform-model.ts';

// Security controls of the stack (issue 17, point 10): what a reviewer would check by reading the HCL.
let tf: TerraformModel;
beforeAll(async () => {
  tf = await loadTerraform();
});

const statements = (name: string) => tf.data.aws_iam_policy_document?.[name]?.statement as Block[];

describe('Redis', () => {
  it('when Redis is enabled, then TLS is required in transit, data is encrypted at rest and clients need an AUTH token', () => {
    const redis = resource(tf, 'aws_elasticache_replication_group', 'redis');
    expect(redis.transit_encryption_enabled).toBe(true);
    expect(redis.transit_encryption_mode).toBe('required');
    expect(redis.at_rest_encryption_enabled).toBe(true);
    expect(redis.auth_token).toBe('${random_password.redis_auth[0].result}');
    const token = resource(tf, 'random_password', 'redis_auth');
    expect(token.length).toBeGreaterThanOrEqual(32);
    expect(token.special).toBe(false); // ElastiCache refuses / " @ in a token, and it sits in a URL
  });

  it('when the app gets REDIS_URL, then it comes from Secrets Manager, over rediss:// with the token', () => {
    const version = resource(tf, 'aws_secretsmanager_secret_version', 'redis_url');
    expect(version.secret_string).toMatch(/^rediss:\/\/:\$\{random_password\.redis_auth\[0\]\.result\}@\$\{aws_elasticache_replication_group\.redis\[0\]\.primary_endpoint_address\}:/);
    expect(String(tf.locals.container_secrets)).toContain('aws_secretsmanager_secret.redis_url');
    expect(resource(tf, 'aws_secretsmanager_secret', 'redis_url').count).toBe('${var.enable_redis ? 1 : 0}');
  });
});

describe('ALB access logs', () => {
  it('when the ALB serves, then it writes access logs to the private, encrypted logs bucket', () => {
    const logs = nested(resource(tf, 'aws_lb', 'main'), 'access_logs');
    expect(logs).toMatchObject({ bucket: '${aws_s3_bucket.alb_logs.id}', enabled: true });
    expect(resource(tf, 'aws_s3_bucket_public_access_block', 'alb_logs')).toMatchObject({
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
    const sse = nested(nested(resource(tf, 'aws_s3_bucket_server_side_encryption_configuration', 'alb_logs'), 'rule'), 'apply_server_side_encryption_by_default');
    expect(sse.sse_algorithm).toBe('AES256');
    expect(nested(nested(resource(tf, 'aws_s3_bucket_lifecycle_configuration', 'alb_logs'), 'rule'), 'expiration').days).toBe('${var.alb_log_retention_days}');
  });

  it('when the bucket policy is read, then only ELB log delivery may write, only under this account, and only over TLS', () => {
    expect(resource(tf, 'aws_s3_bucket_policy', 'alb_logs').policy).toBe('${data.aws_iam_policy_document.alb_logs.json}');
    const all = statements('alb_logs');
    const allows = all.filter((s) => s.effect !== 'Deny');
    expect(allows.length).toBeGreaterThan(0);
    for (const statement of allows) {
      expect(statement.actions).toEqual(['s3:PutObject']);
      expect(String(statement.resources)).toContain('/AWSLogs/${data.aws_caller_identity.current.account_id}/*');
    }
    const principals = allows.map((s) => (nested(s, 'principals').identifiers as string[]).join());
    expect(principals).toEqual(expect.arrayContaining(['${data.aws_elb_service_account.main.arn}', 'logdelivery.elasticloadbalancing.amazonaws.com']));
    const deny = all.find((s) => s.effect === 'Deny');
    expect(nested(deny!, 'condition')).toMatchObject({ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] });
  });
});

describe('VPC flow logs', () => {
  it('when traffic crosses the VPC, then every flow (accepted and rejected) is logged to CloudWatch with a retention', () => {
    const flow = resource(tf, 'aws_flow_log', 'vpc');
    expect(flow).toMatchObject({ vpc_id: '${aws_vpc.main.id}', traffic_type: 'ALL', log_destination_type: 'cloud-watch-logs' });
    expect(flow.log_destination).toBe('${aws_cloudwatch_log_group.flow_logs.arn}');
    expect(resource(tf, 'aws_cloudwatch_log_group', 'flow_logs').retention_in_days).toBe('${var.flow_log_retention_days}');
    const write = statements('flow_logs');
    expect(write.flatMap((s) => s.resources as string[])).toEqual(['${aws_cloudwatch_log_group.flow_logs.arn}:*']);
  });
});

describe('WAF', () => {
  it('when one address floods the ALB, then a rate-based rule blocks it, and the web ACL is attached to the ALB', () => {
    const acl = resource(tf, 'aws_wafv2_web_acl', 'alb');
    expect(acl.scope).toBe('REGIONAL');
    const rules = acl.rule as Block[];
    const rate = rules.find((r) => nested(r, 'statement').rate_based_statement);
    expect(rate).toBeDefined();
    expect(nested(rate!, 'action')).toHaveProperty('block');
    const statement = nested(nested(rate!, 'statement'), 'rate_based_statement');
    expect(statement.aggregate_key_type).toBe('IP');
    expect(resolve(tf, statement.limit)).toBe(variableDefault(tf, 'waf_rate_limit'));
    expect(variableDefault(tf, 'waf_rate_limit') as number).toBeGreaterThanOrEqual(100);
    expect(resource(tf, 'aws_wafv2_web_acl_association', 'alb')).toEqual({
      resource_arn: '${aws_lb.main.arn}',
      web_acl_arn: '${aws_wafv2_web_acl.alb.arn}',
    });
  });
});
