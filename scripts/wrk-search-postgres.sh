#!/usr/bin/env bash
# The search page under load on PostgreSQL (issue 9, docs/performance.md "Search on PostgreSQL"):
# starts a throwaway cluster, seeds 100,000 published vacancies with the search benchmark (which
# also reports in-process search times on PostgreSQL), serves the portal on it (Release,
# Production) and runs wrk on /health and on /vacatures with filters, then stops the cluster.
# Usage: scripts/wrk-search-postgres.sh [vacancies] [duration] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-100000}
duration=${2:-60s}
connections=${3:-64}
port=${PORTAL_WRK_PORT:-5105}
pg_port=${PORTAL_WRK_PG_PORT:-5434}
search=${PORTAL_WRK_SEARCH:-/vacatures?q=natuur&postcode=3511&afstand=25&duur=structureel&dagdeel=za&zonderVog=true}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

# shellcheck source=lib/throwaway-postgres.sh
source scripts/lib/throwaway-postgres.sh
pg_throwaway_start "$pg_port"
# shellcheck source=lib/portal.sh
source scripts/lib/portal.sh
cleanup() {
  portal_stop
  pg_throwaway_stop
}
trap cleanup EXIT
connection="$PG_THROWAWAY_CONNECTION;Database=search_bench;Maximum Pool Size=100"

PORTAL_BENCH_POSTGRES="$connection" dotnet run -c Release --project benchmarks/VrijwilligersPortal.Benchmarks -- search "$size" --runs 100

portal_start "http://127.0.0.1:$port" "${TMPDIR:-/tmp}/wrk-search-postgres-portal.log" \
  Database__Provider=Postgres ConnectionStrings__Portal="$connection" Database__MigrateOnStartup=false
curl -sf -o /dev/null "http://127.0.0.1:$port$search" || { echo "search page failed" >&2; exit 1; }

echo "machine: $(nproc) cores; $(uptime)"
wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$port$search" >/dev/null   # warm-up
for url in /health "$search"; do
  echo "== $url ($connections connections, $duration)"
  wrk -t2 -c"$connections" -d"$duration" --latency "http://127.0.0.1:$port$url"
done
echo "after: $(uptime)"
