#!/usr/bin/env bash
# Runs the whole server suite against a throwaway PostgreSQL cluster (machine binaries),
# then removes it. Report: test-results/pg-vitest.json.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGBASE=${PGBASE:-/tmp/communs-pg-idea-box-$$}
trap 'bash scripts/pg-cluster.sh stop >/dev/null' EXIT
eval "export $(bash scripts/pg-cluster.sh start)"
echo "PostgreSQL test cluster: $DATABASE_URL"
VITEST_JSON_REPORT=test-results/pg-vitest.json npx vitest run "$@"
