# Security groups. Rules are separate resources (not inline blocks) so the ALB and task groups can
# point at each other without a dependency cycle.
#   internet --443/80--> ALB --container_port--> tasks --6379--> Redis
# The tasks accept nothing but the ALB; Redis accepts nothing but the tasks.

resource "aws_security_group" "alb" {
  name        = "${local.prefix}-alb"
  description = "careroute ALB: HTTPS and HTTP (redirect) from anywhere"
  vpc_id      = aws_vpc.main.id

  tags = { Name = "${local.prefix}-alb" }
}

resource "aws_vpc_security_group_ingress_rule" "alb_https" {
  security_group_id = aws_security_group.alb.id
  description       = "HTTPS from anywhere"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "alb_http" {
  security_group_id = aws_security_group.alb.id
  description       = "HTTP from anywhere, only to be redirected to HTTPS"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_egress_rule" "alb_to_tasks" {
  security_group_id            = aws_security_group.alb.id
  description                  = "Forward to the tasks (traffic and health checks)"
  ip_protocol                  = "tcp"
  from_port                    = var.container_port
  to_port                      = var.container_port
  referenced_security_group_id = aws_security_group.tasks.id
}

resource "aws_security_group" "tasks" {
  name        = "${local.prefix}-tasks"
  description = "careroute tasks: only the ALB may connect"
  vpc_id      = aws_vpc.main.id

  tags = { Name = "${local.prefix}-tasks" }
}

resource "aws_vpc_security_group_ingress_rule" "tasks_from_alb" {
  security_group_id            = aws_security_group.tasks.id
  description                  = "App port from the ALB only"
  ip_protocol                  = "tcp"
  from_port                    = var.container_port
  to_port                      = var.container_port
  referenced_security_group_id = aws_security_group.alb.id
}

# HTTPS out: OpenAI (or a compatible endpoint), ECR, Secrets Manager, CloudWatch Logs, and the
# optional KB/ticketing/compliance adapters. DNS goes to the VPC resolver, which SGs do not filter.
resource "aws_vpc_security_group_egress_rule" "tasks_https" {
  security_group_id = aws_security_group.tasks.id
  description       = "HTTPS to AWS APIs and the LLM provider"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_egress_rule" "tasks_to_redis" {
  count = var.enable_redis ? 1 : 0

  security_group_id            = aws_security_group.tasks.id
  description                  = "Redis"
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379
  referenced_security_group_id = aws_security_group.redis[0].id
}

resource "aws_security_group" "redis" {
  count = var.enable_redis ? 1 : 0

  name        = "${local.prefix}-redis"
  description = "careroute Redis: only the tasks may connect"
  vpc_id      = aws_vpc.main.id

  tags = { Name = "${local.prefix}-redis" }
}

resource "aws_vpc_security_group_ingress_rule" "redis_from_tasks" {
  count = var.enable_redis ? 1 : 0

  security_group_id            = aws_security_group.redis[0].id
  description                  = "Redis from the tasks only"
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379
  referenced_security_group_id = aws_security_group.tasks.id
}
