# The two secrets the app reads. Terraform creates the containers only: values are set out of band
# (see infra/README.md) so they never appear in Terraform state, plans or CI logs. ECS injects them
# as environment variables at task start; a task cannot start until both have a value.

resource "aws_secretsmanager_secret" "openai_api_key" {
  name                    = "${var.name}/${var.environment}/OPENAI_API_KEY"
  description             = "careroute OPENAI_API_KEY: key for the OpenAI (or compatible) API"
  recovery_window_in_days = var.secret_recovery_window_days
}

resource "aws_secretsmanager_secret" "api_keys" {
  name                    = "${var.name}/${var.environment}/API_KEYS"
  description             = "careroute API_KEYS: comma-separated name:key (or name:sha256:<hex>) client keys"
  recovery_window_in_days = var.secret_recovery_window_days
}

locals {
  # Environment variable name -> secret ARN. Keys must be keys of ConfigSchema (src/config.ts).
  # REDIS_URL only when Redis exists (a for over the count-based secret is empty otherwise).
  container_secrets = merge(
    {
      OPENAI_API_KEY = aws_secretsmanager_secret.openai_api_key.arn
      API_KEYS       = aws_secretsmanager_secret.api_keys.arn
    },
    { for secret in aws_secretsmanager_secret.redis_url : "REDIS_URL" => secret.arn },
  )
}
