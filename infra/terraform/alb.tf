# Public ALB: HTTPS terminates here, HTTP only redirects. Targets are task IPs (awsvpc networking).

resource "aws_lb" "main" {
  name               = local.prefix
  load_balancer_type = "application"
  internal           = false
  security_groups    = [aws_security_group.alb.id]
  subnets            = aws_subnet.public[*].id

  # Headers that are not valid HTTP never reach the app (request smuggling defence).
  drop_invalid_header_fields = true
  enable_deletion_protection = var.alb_deletion_protection
  # Longer than LLM_TIMEOUT_MS plus retries, so the ALB never cuts a slow classification first.
  idle_timeout = 60

  # Every request the ALB saw (client address, path, status, WAF verdict), kept in S3 (alb-logs.tf).
  access_logs {
    bucket  = aws_s3_bucket.alb_logs.id
    prefix  = "alb"
    enabled = true
  }

  depends_on = [aws_s3_bucket_policy.alb_logs]
}

resource "aws_lb_target_group" "app" {
  name        = local.prefix
  port        = var.container_port
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = aws_vpc.main.id

  # See variables.tf "drain timing": open requests keep this long after deregistration.
  deregistration_delay = var.deregistration_delay_seconds

  health_check {
    path                = var.health_check_path
    matcher             = "200"
    protocol            = "HTTP"
    port                = "traffic-port"
    interval            = 15
    timeout             = 5
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }

  lifecycle {
    precondition {
      condition     = var.deregistration_delay_seconds >= var.shutdown_timeout_ms / 1000 + var.drain_margin_seconds
      error_message = "deregistration_delay_seconds must be at least shutdown_timeout_ms/1000 + drain_margin_seconds, or the ALB drops requests the app is still draining."
    }
  }
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.main.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = var.ssl_policy
  certificate_arn   = var.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }
}

resource "aws_lb_listener" "http_redirect" {
  load_balancer_arn = aws_lb.main.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"

    redirect {
      protocol    = "HTTPS"
      port        = "443"
      status_code = "HTTP_301"
    }
  }
}

# GET /metrics answers without an API key (it is meant for scrapers), so the public listener must
# not forward it. Scrape from inside the task instead (see infra/README.md, "Metrics").
resource "aws_lb_listener_rule" "hide_metrics" {
  listener_arn = aws_lb_listener.https.arn
  priority     = 10

  action {
    type = "fixed-response"

    fixed_response {
      content_type = "application/json"
      message_body = jsonencode({ error = "not_found", message = "Route not found" })
      status_code  = "404"
    }
  }

  condition {
    path_pattern {
      values = ["/metrics", "/metrics/*"]
    }
  }
}
