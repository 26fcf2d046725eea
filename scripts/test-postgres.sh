#!/usr/bin/env bash
# Runs the integration tests on PostgreSQL: starts a throwaway cluster on 127.0.0.1 (port
# PORTAL_PG_PORT, default 5433), runs tests/VrijwilligersPortal.Web.Tests against it (each test
# class gets its own database) and stops the cluster, also when the tests fail.
# Extra arguments go to dotnet test, e.g.: scripts/test-postgres.sh --filter JobLease
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/throwaway-postgres.sh

pg_throwaway_stop_on_exit
pg_throwaway_start "${PORTAL_PG_PORT:-5433}"

PORTAL_TEST_PROVIDER=Postgres PORTAL_TEST_POSTGRES="$PG_THROWAWAY_CONNECTION" \
  PORTAL_TEST_PG_STOP="$PG_THROWAWAY_STOP_SERVER" PORTAL_TEST_PG_START="$PG_THROWAWAY_START_SERVER" \
  dotnet test tests/VrijwilligersPortal.Web.Tests "$@"
