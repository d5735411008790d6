# ---- naming and placement ------------------------------------------------------------------------

variable "name" {
  description = "Name prefix for every resource (with environment appended)."
  type        = string
  default     = "careroute"
}

variable "environment" {
  description = "Environment name, e.g. production or staging; part of resource names and tags."
  type        = string
  default     = "production"
}

variable "aws_region" {
  description = "AWS region to deploy into."
  type        = string
  default     = "eu-west-1"
}

variable "tags" {
  description = "Extra tags applied to every resource."
  type        = map(string)
  default     = {}
}

# ---- network -------------------------------------------------------------------------------------

variable "vpc_cidr" {
  description = "CIDR of the VPC; /24 public and private subnets are carved from it in two AZs."
  type        = string
  default     = "10.40.0.0/16"

  validation {
    condition     = can(cidrnetmask(var.vpc_cidr)) && try(tonumber(split("/", var.vpc_cidr)[1]) <= 20, false)
    error_message = "vpc_cidr must be a valid IPv4 CIDR of /20 or larger."
  }
}

variable "single_nat_gateway" {
  description = "One NAT gateway for both AZs (cheaper, but an AZ outage cuts egress for the other AZ). Keep false in production."
  type        = bool
  default     = false
}

# ---- load balancer -------------------------------------------------------------------------------

variable "certificate_arn" {
  description = "ARN of the ACM certificate for the HTTPS listener (must be in aws_region)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:acm:", var.certificate_arn))
    error_message = "certificate_arn must be an ACM certificate ARN."
  }
}

variable "ssl_policy" {
  description = "TLS policy of the HTTPS listener."
  type        = string
  default     = "ELBSecurityPolicy-TLS13-1-2-2021-06"
}

variable "alb_deletion_protection" {
  description = "Refuse to delete the ALB (turn off before a deliberate destroy)."
  type        = bool
  default     = true
}

variable "health_check_path" {
  description = "Target group health check path: the app's liveness probe."
  type        = string
  default     = "/api/v1/health"
}

# ---- drain timing --------------------------------------------------------------------------------
# On a task stop ECS first deregisters the target (the ALB sends it no new requests and gives the
# open ones deregistration_delay_seconds), then sends SIGTERM; the app turns /api/v1/ready to 503
# and drains for at most shutdown_timeout_ms; ECS sends SIGKILL stop_timeout_seconds after SIGTERM.
# So both numbers must exceed the drain: preconditions in alb.tf and ecs.tf refuse a plan otherwise.

variable "shutdown_timeout_ms" {
  description = "SHUTDOWN_TIMEOUT_MS passed to the app: longest drain of in-flight requests after SIGTERM."
  type        = number
  default     = 10000
}

variable "drain_margin_seconds" {
  description = "Minimum head room between the app's drain and the ALB deregistration delay / ECS stop timeout."
  type        = number
  default     = 5
}

variable "deregistration_delay_seconds" {
  description = "ALB deregistration delay; must exceed shutdown_timeout_ms/1000 + drain_margin_seconds."
  type        = number
  default     = 30
}

variable "stop_timeout_seconds" {
  description = "ECS stopTimeout (SIGTERM to SIGKILL, Fargate max 120); must exceed shutdown_timeout_ms/1000 + drain_margin_seconds."
  type        = number
  default     = 30

  validation {
    condition     = var.stop_timeout_seconds >= 2 && var.stop_timeout_seconds <= 120
    error_message = "stop_timeout_seconds must be between 2 and 120 on Fargate."
  }
}

# ---- service and task ----------------------------------------------------------------------------

variable "container_image" {
  description = "Full image reference to run, e.g. <account>.dkr.ecr.<region>.amazonaws.com/careroute:<git sha>."
  type        = string
}

variable "container_port" {
  description = "Port the app listens on (PORT); the ALB forwards to it."
  type        = number
  default     = 8080
}

variable "cpu_architecture" {
  description = "Fargate CPU architecture; must match the image (CI builds linux/amd64)."
  type        = string
  default     = "X86_64"

  validation {
    condition     = contains(["X86_64", "ARM64"], var.cpu_architecture)
    error_message = "cpu_architecture must be X86_64 or ARM64."
  }
}

variable "task_cpu" {
  description = "Fargate task CPU units (1024 = 1 vCPU)."
  type        = number
  default     = 512
}

variable "task_memory" {
  description = "Fargate task memory in MiB (must be a valid pairing with task_cpu)."
  type        = number
  default     = 1024
}

variable "desired_count" {
  description = "Tasks at creation; afterwards the autoscaler owns the count."
  type        = number
  default     = 2
}

variable "health_check_grace_period_seconds" {
  description = "Seconds ECS ignores failing ALB health checks after a task starts."
  type        = number
  default     = 30
}

# ---- autoscaling ---------------------------------------------------------------------------------

variable "min_capacity" {
  description = "Fewest running tasks (at least 2: one per AZ)."
  type        = number
  default     = 2
}

variable "max_capacity" {
  description = "Most running tasks."
  type        = number
  default     = 10
}

variable "cpu_target_percent" {
  description = "Target average CPU utilisation for target tracking."
  type        = number
  default     = 70
}

variable "memory_target_percent" {
  description = "Target average memory utilisation for target tracking."
  type        = number
  default     = 70
}

variable "scale_in_cooldown_seconds" {
  description = "Wait after a scale-in before the next one."
  type        = number
  default     = 300
}

variable "scale_out_cooldown_seconds" {
  description = "Wait after a scale-out before the next one."
  type        = number
  default     = 60
}

# ---- edge security and audit logs ----------------------------------------------------------------

variable "waf_rate_limit" {
  description = "WAF rate-based rule: requests one client address may send in 5 minutes before the ALB blocks it. Above the app's own limits (RATE_LIMIT_MAX per key per task) so a call centre behind one NAT is not blocked; it stops floods."
  type        = number
  default     = 6000

  validation {
    condition     = var.waf_rate_limit >= 100
    error_message = "waf_rate_limit must be at least 100 (the WAF minimum)."
  }
}

variable "alb_log_retention_days" {
  description = "Days the ALB access logs are kept in S3."
  type        = number
  default     = 90
}

variable "flow_log_retention_days" {
  description = "CloudWatch retention of the VPC flow logs, in days (a value CloudWatch Logs accepts, as for log_retention_days)."
  type        = number
  default     = 90
}
