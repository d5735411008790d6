# ECS cluster, task definition and service. Health, drain and rollback behaviour are described in
# infra/README.md; the numbers come from variables.tf.

resource "aws_ecs_cluster" "main" {
  name = local.prefix

  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

locals {
  container_name = "app"

  # Environment variable name -> value. Keys must be keys of ConfigSchema (src/config.ts);
  # test/infra/terraform.test.ts enforces it. Secrets are in secrets.tf.
  container_environment = {
    PORT                 = tostring(var.container_port)
    LOG_LEVEL            = var.log_level
    CLASSIFIER_PROVIDER  = var.classifier_provider
    OPENAI_MODEL         = var.openai_model
    LLM_TIMEOUT_MS       = tostring(var.llm_timeout_ms)
    RATE_LIMIT_MAX       = tostring(var.rate_limit_max)
    RATE_LIMIT_WINDOW_MS = tostring(var.rate_limit_window_ms)
    TRUST_PROXY          = var.trust_proxy != "" ? var.trust_proxy : var.vpc_cidr
    SHUTDOWN_TIMEOUT_MS  = tostring(var.shutdown_timeout_ms)
    # Fail closed: no start without API keys; no public map of the API.
    REQUIRE_API_KEYS = "true"
    DOCS             = "off"
  }
}

resource "aws_ecs_task_definition" "app" {
  family                   = local.prefix
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.task_cpu
  memory                   = var.task_memory
  execution_role_arn       = aws_iam_role.execution.arn

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = var.cpu_architecture
  }

  container_definitions = jsonencode([{
    name      = local.container_name
    image     = var.container_image
    essential = true

    portMappings = [{ containerPort = var.container_port, protocol = "tcp" }]

    environment = [for name, value in local.container_environment : { name = name, value = value }]
    secrets     = [for name, arn in local.container_secrets : { name = name, valueFrom = arn }]

    # SIGTERM -> SIGKILL; longer than the app's drain (precondition below).
    stopTimeout = var.stop_timeout_seconds

    # The app writes nothing to disk; a read-only root makes sure nothing else can either.
    readonlyRootFilesystem = true
    user                   = "node"

    # Same probe as the Dockerfile HEALTHCHECK (ECS ignores the image's own).
    healthCheck = {
      command     = ["CMD", "node", "-e", "fetch('http://127.0.0.1:${var.container_port}/api/v1/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
      interval    = 15
      timeout     = 5
      retries     = 3
      startPeriod = 20
    }

    logConfiguration = {
      logDriver = "awslogs"
      options = {
        "awslogs-group"         = aws_cloudwatch_log_group.app.name
        "awslogs-region"        = data.aws_region.current.name
        "awslogs-stream-prefix" = "app"
        # A CloudWatch hiccup must not block stdout and stall request handling.
        "mode"            = "non-blocking"
        "max-buffer-size" = "25m"
      }
    }
  }])

  lifecycle {
    precondition {
      condition     = var.stop_timeout_seconds >= var.shutdown_timeout_ms / 1000 + var.drain_margin_seconds
      error_message = "stop_timeout_seconds must be at least shutdown_timeout_ms/1000 + drain_margin_seconds, or ECS kills the app mid-drain."
    }
  }
}

resource "aws_ecs_service" "app" {
  name                    = local.prefix
  cluster                 = aws_ecs_cluster.main.id
  task_definition         = aws_ecs_task_definition.app.arn
  desired_count           = var.desired_count
  launch_type             = "FARGATE"
  platform_version        = "LATEST"
  propagate_tags          = "SERVICE"
  enable_ecs_managed_tags = true

  # Rolling deploy that never drops below full capacity; a release whose tasks fail to become
  # healthy is stopped and rolled back to the last good task definition.
  deployment_minimum_healthy_percent = 100
  deployment_maximum_percent         = 200
  health_check_grace_period_seconds  = var.health_check_grace_period_seconds

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  network_configuration {
    subnets          = aws_subnet.private[*].id
    security_groups  = [aws_security_group.tasks.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.app.arn
    container_name   = local.container_name
    container_port   = var.container_port
  }

  lifecycle {
    # The autoscaler owns the running count after creation; a plan must not reset it to 2.
    ignore_changes = [desired_count]
  }

  depends_on = [aws_lb_listener.https, aws_iam_role_policy.execution]
}
