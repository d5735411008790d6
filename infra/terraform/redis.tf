# Optional shared Redis (enable_redis). Without it every task keeps its own rate-limit counters and
# idempotency records, so a client's limit is effectively multiplied by the task count and a retry
# landing on another task is not recognised. With it, REDIS_URL is set on every task (ecs.tf).
# TLS in transit and encryption at rest; reachable only from the tasks' security group.

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
  at_rest_encryption_enabled = true

  apply_immediately        = false
  snapshot_retention_limit = 1
}
