output "alb_dns_name" {
  description = "DNS name of the ALB; point the service's DNS record (CNAME or alias) at it."
  value       = aws_lb.main.dns_name
}

output "alb_zone_id" {
  description = "Hosted zone of the ALB, for a Route 53 alias record."
  value       = aws_lb.main.zone_id
}

output "cluster_name" {
  description = "ECS cluster name."
  value       = aws_ecs_cluster.main.name
}

output "service_name" {
  description = "ECS service name."
  value       = aws_ecs_service.app.name
}

output "task_definition_arn" {
  description = "Task definition revision this apply registered."
  value       = aws_ecs_task_definition.app.arn
}

output "log_group_name" {
  description = "CloudWatch log group of the app."
  value       = aws_cloudwatch_log_group.app.name
}

output "ecr_repository_url" {
  description = "ECR repository CD pushes images to."
  value       = aws_ecr_repository.app.repository_url
}

output "redis_endpoint" {
  description = "Primary endpoint of the Redis replication group, or null when enable_redis is false."
  value       = var.enable_redis ? aws_elasticache_replication_group.redis[0].primary_endpoint_address : null
}

output "secret_arns" {
  description = "Secrets Manager ARNs whose values must be set before the first deploy (env name -> ARN)."
  value       = local.container_secrets
}
