# Functions for serving the portal in a load script (source this file).
#   portal_start BASE_URL LOG [NAME=VALUE ...]
#       builds the Web project (Release) and starts it in the Production environment on BASE_URL
#       with the given environment settings, from the project folder (as `dotnet run` does) so
#       appsettings.json (logging, security settings) and wwwroot are found; sets PORTAL_PID. Fails when /health does not
#       answer within 90 s.
#   portal_stop   stops it (safe to call twice).

portal_start() {
  local base=${1:?base url} log=${2:?log file}
  shift 2
  local root
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  dotnet build "$root/src/VrijwilligersPortal.Web" -c Release -v q -nologo >/dev/null
  (cd "$root/src/VrijwilligersPortal.Web" && \
    exec env ASPNETCORE_ENVIRONMENT=Production "$@" dotnet bin/Release/net10.0/VrijwilligersPortal.Web.dll --urls "$base") >"$log" 2>&1 &
  PORTAL_PID=$!
  for _ in $(seq 1 90); do
    curl -sf "$base/health" >/dev/null && return 0
    sleep 1
  done
  echo "the portal did not answer on $base/health; see $log" >&2
  return 1
}

portal_stop() {
  [ -n "${PORTAL_PID:-}" ] && kill "$PORTAL_PID" 2>/dev/null || true
  PORTAL_PID=
}
