terraform {
  # 1.10+ for S3-native state locking (use_lockfile), no DynamoDB table to bootstrap.
  required_version = ">= 1.10.0, < 2.0.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
  }

  # Partial configuration: bucket, key and region come from `terraform init -backend-config=...`
  # (see infra/README.md), so one set of files serves every environment.
  backend "s3" {
    encrypt      = true
    use_lockfile = true
  }
}

provider "aws" {
  region = var.aws_region

  default_tags {
    tags = merge(var.tags, {
      Application = var.name
      Environment = var.environment
      ManagedBy   = "terraform"
    })
  }
}

data "aws_availability_zones" "available" {
  state = "available"
}

data "aws_region" "current" {}

locals {
  # Two AZs: enough for the ALB (which requires two) and for surviving one AZ outage.
  azs    = slice(data.aws_availability_zones.available.names, 0, 2)
  prefix = "${var.name}-${var.environment}"
}
