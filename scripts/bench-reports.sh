#!/usr/bin/env bash
# The reports benchmark (docs/performance.md, "Reports"): five years of a large centre, then a
# year's and a month's report for one municipality and for the whole centre, timed in-process on
# SQLite and then on a throwaway PostgreSQL cluster.
# Usage: scripts/bench-reports.sh [volunteers applications mediations] [--runs N]
# The SQLite database is kept in the temp folder between runs (seeding takes a quarter of an hour).
set -euo pipefail
cd "$(dirname "$0")/.."
args=("$@")
[[ ${#args[@]} -eq 0 ]] && args=(100000 500000 20000 --runs 20)
pg_port=${PORTAL_BENCH_PG_PORT:-5436}

dotnet build -c Release benchmarks/VrijwilligersPortal.Benchmarks -v q -nologo >/dev/null
bench=(dotnet benchmarks/VrijwilligersPortal.Benchmarks/bin/Release/net10.0/VrijwilligersPortal.Benchmarks.dll reports "${args[@]}")

echo "# Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
"${bench[@]}"

# shellcheck source=lib/throwaway-postgres.sh
source scripts/lib/throwaway-postgres.sh
pg_throwaway_start "$pg_port"
pg_throwaway_stop_on_exit
PORTAL_BENCH_POSTGRES="$PG_THROWAWAY_CONNECTION;Database=vp_reports_bench" "${bench[@]}"
echo "# Load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
