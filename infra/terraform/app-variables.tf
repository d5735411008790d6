# Variables that become the app's environment (names and defaults from src/config.ts, ConfigSchema).
# test/infra/terraform.test.ts checks that every name the task definition sets is a key of it.

variable "log_level" {
  description = "LOG_LEVEL: pino level."
  type        = string
  default     = "info"

  validation {
    condition     = contains(["fatal", "error", "warn", "info", "debug", "trace", "silent"], var.log_level)
    error_message = "log_level must be a pino level."
  }
}

variable "classifier_provider" {
  description = "CLASSIFIER_PROVIDER: auto (openai when the OPENAI_API_KEY secret has a value), openai or local."
  type        = string
  default     = "auto"

  validation {
    condition     = contains(["auto", "openai", "local"], var.classifier_provider)
    error_message = "classifier_provider must be auto, openai or local."
  }
}

variable "openai_model" {
  description = "OPENAI_MODEL: model name."
  type        = string
  default     = "gpt-4o-mini"
}

variable "llm_timeout_ms" {
  description = "LLM_TIMEOUT_MS: per-call deadline for the LLM."
  type        = number
  default     = 3000
}

variable "rate_limit_max" {
  description = "RATE_LIMIT_MAX: requests per window per client (0 turns limiting off)."
  type        = number
  default     = 60
}

variable "rate_limit_window_ms" {
  description = "RATE_LIMIT_WINDOW_MS: the rate limit window."
  type        = number
  default     = 60000
}

variable "trust_proxy" {
  description = "TRUST_PROXY: addresses whose X-Forwarded-For the app trusts. Empty means the VPC CIDR (the ALB's nodes), so the client IP is the one the ALB saw and cannot be spoofed."
  type        = string
  default     = ""
}

# ---- secrets, logs, redis ------------------------------------------------------------------------

variable "secret_recovery_window_days" {
  description = "Days a deleted secret can still be restored (0 deletes at once)."
  type        = number
  default     = 7
}

variable "log_retention_days" {
  description = "CloudWatch retention of the app's logs, in days."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a value CloudWatch Logs accepts."
  }
}

variable "enable_redis" {
  description = "Create an ElastiCache Redis replication group and set REDIS_URL, so rate limits and idempotency are shared by all tasks."
  type        = bool
  default     = false
}

variable "redis_node_type" {
  description = "ElastiCache node type."
  type        = string
  default     = "cache.t4g.micro"
}

variable "redis_engine_version" {
  description = "Redis engine version."
  type        = string
  default     = "7.1"
}

variable "redis_num_cache_clusters" {
  description = "Nodes in the replication group (2 or more gives a replica in the other AZ and automatic failover)."
  type        = number
  default     = 2
}
