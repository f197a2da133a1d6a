#!/usr/bin/env bash
# Runs a TypeScript tool of this repo (evaluations, benchmarks) with the workspace's path aliases.
set -euo pipefail
cd "$(dirname "$0")/.."
export TS_NODE_PROJECT=tools/tsconfig.json TS_NODE_TRANSPILE_ONLY=1
exec node -r ts-node/register -r tsconfig-paths/register "$@"
