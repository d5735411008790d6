# One log group for the app's JSON lines (pino). PII never reaches it: the app logs no message text.

resource "aws_cloudwatch_log_group" "app" {
  name              = "/ecs/${local.prefix}"
  retention_in_days = var.log_retention_days
}
