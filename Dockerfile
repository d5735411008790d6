# syntax=docker/dockerfile:1
#
# careroute production image. There is no build step: Node 24 strips the TypeScript types at load
# time, so the image carries src/ as written plus production dependencies only.
#
#   docker build -t careroute .
#   docker run --rm -p 8080:8080 careroute
#
# The base image is pinned by digest: a tag floats (whoever can push node:24-slim decides what we
# run), a digest does not. Refresh it deliberately, for Node 24 security releases (README, "Security"):
#   docker buildx imagetools inspect node:24-slim --format '{{json .Manifest.Digest}}'
# then set NODE_DIGEST below, or per build: docker build --build-arg NODE_DIGEST=sha256:<digest> .
ARG NODE_VERSION=24-slim
ARG NODE_DIGEST=sha256:a9f5f7c91a432850b2a8a7797adf5eadb6c733ceed61167806cee7ea7fbc29df

# ---- deps: production node_modules only --------------------------------------------------------
FROM node:${NODE_VERSION}@${NODE_DIGEST} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# --omit=dev also leaves out the `node` devDependency (a Node 24 binary pinned for dev machines
# whose system node is older); in the image the base image's node is the runtime.
# --ignore-scripts: no production dependency needs an install script, and none gets to run one.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
  && npm cache clean --force

# ---- runtime ------------------------------------------------------------------------------------
FROM node:${NODE_VERSION}@${NODE_DIGEST} AS runtime
ENV NODE_ENV=production PORT=8080
WORKDIR /app

# Files stay owned by root and are only readable by the app user: a compromised process cannot
# rewrite its own code or data.
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json ./
COPY src ./src
COPY data ./data

# `node` (uid 1000) ships with the official image; never run as root.
USER node

EXPOSE 8080

# Liveness only (readiness is the load balancer's business). curl is not in -slim, so node itself
# probes; any error or non-2xx exits 1. On ECS the task definition declares the same check.
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/api/v1/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# The app drains in-flight requests on SIGTERM (SHUTDOWN_TIMEOUT_MS) and exits 0.
STOPSIGNAL SIGTERM

# Exec form, so node is PID 1 and receives SIGTERM directly (a shell form would put /bin/sh in
# between and swallow it). No tini: PID 1's two extra duties do not apply here. Signals: the app
# installs its own SIGTERM handler (docker stop, ECS), so the kernel's "PID 1 ignores signals it
# has no handler for" rule changes nothing for the stop path. Zombie reaping: careroute spawns no child processes, so there is nothing to reap.
# If that ever changes, run with `docker run --init` / ECS `initProcessEnabled` instead.
CMD ["node", "src/server.ts"]
