#!/usr/bin/env bash
# Throughput of the search page against the app's simplest page, measured in the same run
# (docs/performance.md, "Search"). Serves the portal (Release build, Production environment) on a
# database made by the search benchmark, then runs wrk on /health, on /vacatures with a query, and
# on /health again (so drift from other load on the machine shows).
# Usage: scripts/wrk-search.sh [sqlite-file] [duration] [connections]
#   default file: the benchmark's 100k database
#   (dotnet run -c Release --project benchmarks/VrijwilligersPortal.Benchmarks -- search 100000)
# PORTAL_WRK_PORT (default 5101) and PORTAL_WRK_SEARCH (the search URL path) can be changed.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-${TMPDIR:-/tmp}/vrijwilligersportal-search-bench-100000.db}
duration=${2:-30s}
connections=${3:-16}
port=${PORTAL_WRK_PORT:-5101}
search=${PORTAL_WRK_SEARCH:-/vacatures?q=fiets&postcode=3511&afstand=25}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
[ -f "$db" ] || { echo "No database at $db; run the search benchmark first" >&2; exit 1; }

# shellcheck source=lib/portal.sh
source scripts/lib/portal.sh
trap portal_stop EXIT
portal_start "http://127.0.0.1:$port" "${TMPDIR:-/tmp}/wrk-search-portal.log" \
  ConnectionStrings__Portal="Data Source=$db" Database__MigrateOnStartup=false
curl -sf -o /dev/null "http://127.0.0.1:$port$search" || { echo "search page failed" >&2; exit 1; }

echo "machine: $(nproc) cores; $(uptime)"
# Warm-up: JIT, caches, connection pool.
wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$port/health" >/dev/null
wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$port$search" >/dev/null

run() {
  echo "== $1"
  wrk -t2 -c"$connections" -d"$duration" --latency "http://127.0.0.1:$port$1" | tee "${TMPDIR:-/tmp}/wrk-search-last.txt"
  awk '/Requests\/sec/ {print $2}' "${TMPDIR:-/tmp}/wrk-search-last.txt"
}
health1=$(run /health | tee /dev/stderr | tail -n 1)
page=$(run "$search" | tee /dev/stderr | tail -n 1)
health2=$(run /health | tee /dev/stderr | tail -n 1)
echo "after: $(uptime)"
awk -v a="$health1" -v b="$page" -v c="$health2" 'BEGIN {
  h = (a + c) / 2
  printf "health %.1f and %.1f req/s (mean %.1f); search %.1f req/s = %.0f%% of health\n", a, c, h, b, 100 * b / h
}'
