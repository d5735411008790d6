# Optional shared Redis (enable_redis). Without it every task keeps its own rate-limit counters and
# idempotency records, so a client's limit is effectively multiplied by the task count and a retry
# landing on another task is not recognised. With it, every task gets REDIS_URL from Secrets Manager.
# It holds full classify responses for 24 h, so: TLS required in transit, encryption at rest, an
# AUTH token, and reachable only from the tasks' security group.

# The AUTH token: 64 alphanumeric characters (ElastiCache refuses / " @ and spaces). It lives in the
# Terraform state (encrypted S3 backend) and in the REDIS_URL secret; ECS injects the secret.
resource "random_password" "redis_auth" {
  count = var.enable_redis ? 1 : 0

  length  = 64
  special = false
}

resource "aws_elasticache_subnet_group" "redis" {
  count = var.enable_redis ? 1 : 0

  name       = "${local.prefix}-redis"
  subnet_ids = aws_subnet.private[*].id
}

resource "aws_elasticache_replication_group" "redis" {
  count = var.enable_redis ? 1 : 0

  replication_group_id = "${local.prefix}-redis"
  description          = "careroute shared rate limits and idempotency"
  engine               = "redis"
  engine_version       = var.redis_engine_version
  node_type            = var.redis_node_type
  port                 = 6379
  num_cache_clusters   = var.redis_num_cache_clusters
  subnet_group_name    = aws_elasticache_subnet_group.redis[0].name
  security_group_ids   = [aws_security_group.redis[0].id]

  # A replica in the other AZ takes over if the primary's AZ fails.
  automatic_failover_enabled = var.redis_num_cache_clusters > 1
  multi_az_enabled           = var.redis_num_cache_clusters > 1

  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
  at_rest_encryption_enabled = true
  auth_token                 = random_password.redis_auth[0].result
  auth_token_update_strategy = "ROTATE"

  apply_immediately        = false
  snapshot_retention_limit = 1
}

# rediss:// (TLS) with the AUTH token: the whole URL is the secret the task receives as REDIS_URL.
resource "aws_secretsmanager_secret" "redis_url" {
  count = var.enable_redis ? 1 : 0

  name                    = "${var.name}/${var.environment}/REDIS_URL"
  description             = "careroute REDIS_URL: rediss://:<AUTH token>@<primary endpoint>:6379"
  recovery_window_in_days = var.secret_recovery_window_days
}

resource "aws_secretsmanager_secret_version" "redis_url" {
  count = var.enable_redis ? 1 : 0

  secret_id     = aws_secretsmanager_secret.redis_url[0].id
  secret_string = "rediss://:${random_password.redis_auth[0].result}@${aws_elasticache_replication_group.redis[0].primary_endpoint_address}:${aws_elasticache_replication_group.redis[0].port}"
}
