#!/usr/bin/env bash
# The Docker image's steps without a Docker engine (none runs on the CI machine): copy what the
# Dockerfile copies, `npm ci --omit=dev`, start the production entry point on Node 24 and expect
# 200 from /api/v1/ready and from a classify call. Exit non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
node="$root/node_modules/.bin/node" # Node 24, as in the node:24-slim image (the system node may be older)
work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

cp -r "$root/package.json" "$root/package-lock.json" "$root/src" "$root/data" "$work/"
(cd "$work" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null 2>&1)
if [ -d "$work/node_modules/vitest" ] || [ -d "$work/node_modules/typescript" ]; then
  echo "smoke: dev dependencies were installed by npm ci --omit=dev"; exit 1
fi

port=$("$node" -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
(cd "$work" && NODE_ENV=production PORT="$port" HOST=127.0.0.1 LOG_LEVEL=warn "$node" src/server.ts) &
pid=$!

"$node" - "$port" <<'JS'
const base = `http://127.0.0.1:${process.argv[2]}`;
const deadline = Date.now() + 20_000;
let ready = 0;
while (Date.now() < deadline) {
  ready = await fetch(`${base}/api/v1/ready`).then((r) => r.status, () => 0);
  if (ready === 200) break;
  await new Promise((r) => setTimeout(r, 200));
}
if (ready !== 200) { console.log(`smoke: /api/v1/ready never answered 200 (last ${ready})`); process.exit(1); }
const res = await fetch(`${base}/api/v1/classify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: 'Please refill my lisinopril', channel: 'chat' }) });
const body = await res.json();
if (res.status !== 200 || body.category !== 'service_action') { console.log('smoke: classify failed', res.status, JSON.stringify(body)); process.exit(1); }
console.log(`smoke: production install (npm ci --omit=dev) served ready 200 and classify 200 (${body.category}, ${body.next_step.reference})`);
JS
