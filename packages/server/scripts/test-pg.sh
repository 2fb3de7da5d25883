#!/usr/bin/env bash
# Runs the whole suite against a throwaway PostgreSQL cluster (machine binaries), then removes it.
# The cluster script is the idea-box server's (one copy in the repository). Report:
# test-results/pg-vitest.json.
set -euo pipefail
cd "$(dirname "$0")/.."
cluster=../idea-box-server/scripts/pg-cluster.sh
export PGBASE=${PGBASE:-/tmp/communs-pg-server-$$}
trap 'bash "$cluster" stop >/dev/null' EXIT
eval "export $(bash "$cluster" start)"
echo "PostgreSQL test cluster: $DATABASE_URL"
VITEST_JSON_REPORT=test-results/pg-vitest.json npx vitest run "$@"
