#!/usr/bin/env bash
# Throughput of the open JSON list against the /vacatures HTML page with the same filters, in the
# same wrk run (issue 15; docs/performance.md, "Open data"). Serves the portal (Release build,
# Production environment) on a database made by the search benchmark, then runs wrk on /health,
# on /vacatures?…, on /api/vacatures?… and on /health again (so drift from other load shows).
# The API's per-client rate limit is lifted for the run (every wrk connection is one client).
# Usage: scripts/wrk-open-data.sh [sqlite-file] [duration] [connections]
#   default file: the benchmark's 100k database
#   (dotnet run -c Release --project benchmarks/VrijwilligersPortal.Benchmarks -- search 100000)
# PORTAL_WRK_PORT (default 5101) and PORTAL_WRK_QUERY (the filters, without '?') can be changed.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-${TMPDIR:-/tmp}/vrijwilligersportal-search-bench-100000.db}
duration=${2:-30s}
connections=${3:-16}
port=${PORTAL_WRK_PORT:-5101}
query=${PORTAL_WRK_QUERY:-q=fiets&postcode=3511&afstand=25}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
[ -f "$db" ] || { echo "No database at $db; run the search benchmark first" >&2; exit 1; }

# shellcheck source=lib/portal.sh
source scripts/lib/portal.sh
trap portal_stop EXIT
portal_start "http://127.0.0.1:$port" "${TMPDIR:-/tmp}/wrk-open-data-portal.log" \
  ConnectionStrings__Portal="Data Source=$db" Database__MigrateOnStartup=false OpenData__RequestsPerMinute=1000000000
base="http://127.0.0.1:$port"
curl -sf -o /dev/null "$base/vacatures?$query" || { echo "search page failed" >&2; exit 1; }
curl -sf -o /dev/null "$base/api/vacatures?$query" || { echo "JSON list failed" >&2; exit 1; }

echo "machine: $(nproc) cores; $(uptime)"
# Warm-up: JIT, caches, connection pool.
for path in /health "/vacatures?$query" "/api/vacatures?$query"; do
  wrk -t2 -c"$connections" -d5s "$base$path" >/dev/null
done

run() {
  echo "== $1"
  wrk -t2 -c"$connections" -d"$duration" --latency "$base$1" | tee "${TMPDIR:-/tmp}/wrk-open-data-last.txt"
  awk '/Requests\/sec/ {print $2}' "${TMPDIR:-/tmp}/wrk-open-data-last.txt"
}
health1=$(run /health | tee /dev/stderr | tail -n 1)
page=$(run "/vacatures?$query" | tee /dev/stderr | tail -n 1)
json=$(run "/api/vacatures?$query" | tee /dev/stderr | tail -n 1)
health2=$(run /health | tee /dev/stderr | tail -n 1)
echo "after: $(uptime)"
awk -v a="$health1" -v b="$page" -v j="$json" -v c="$health2" 'BEGIN {
  h = (a + c) / 2
  printf "health %.1f and %.1f req/s (mean %.1f); /vacatures %.1f req/s; /api/vacatures %.1f req/s = %.0f%% of the HTML page\n", a, c, h, b, j, 100 * j / b
}'
