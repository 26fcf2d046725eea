#!/usr/bin/env bash
# /mijn/voor-jou through HTTP for a signed-in volunteer (docs/performance.md, "Voor jou"). Serves
# the portal (Release build, Production environment) on a copy of the for-you benchmark's
# database, registers and confirms a volunteer through the real forms, logs in, and runs wrk on
# the page with that session for three profiles: empty (every public vacancy is scored), a
# postcode without interests (the slowest profile of the SQL-prefilter version), and the common
# one: postcode, travel limit and two interests. The profile is changed in the database between
# runs (the page reads it per request).
# Usage: scripts/wrk-for-you.sh [sqlite-file] [duration] [connections]
#   default file: the benchmark's 100k database
#   (dotnet run -c Release --project benchmarks/VrijwilligersPortal.Benchmarks -- for-you)
set -euo pipefail
cd "$(dirname "$0")/.."
source_db=${1:-${TMPDIR:-/tmp}/vp-for-you-100000.db}
duration=${2:-30s}
connections=${3:-4}
threads=$(( connections < 2 ? 1 : 2 ))
port=${PORTAL_WRK_PORT:-5102}
base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is not installed (apt-get install sqlite3)" >&2; exit 1; }
[ -f "$source_db" ] || { echo "No database at $source_db; run the for-you benchmark first" >&2; exit 1; }

work=$(mktemp -d)
cp "$source_db" "$work/portal.db"
# shellcheck source=lib/portal.sh
source scripts/lib/portal.sh
trap 'portal_stop; rm -rf "$work"' EXIT
portal_start "$base" "$work/portal.log" \
  ConnectionStrings__Portal="Data Source=$work/portal.db" Database__MigrateOnStartup=true ForwardedHeaders__Enabled=true \
  Email__PickupDirectory="$work/mail"

# Production marks its cookies Secure and expects HTTPS; as behind the reverse proxy, requests say
# so in X-Forwarded-Proto (loopback is a trusted proxy). curl does not send Secure cookies over
# plain HTTP, so they go in a Cookie header built from its jar.
jar="$work/cookies"
touch "$jar"
proto="X-Forwarded-Proto: https"
secure_cookies() { awk -F'\t' 'NF >= 7 && $4 == "TRUE" { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar"; }
get() { curl -s -b "$jar" -c "$jar" -H "$proto" -H "Cookie: $(secure_cookies)" "$@"; }
token() { get "$base$1" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
post() { # path, then name=value pairs
  local path=$1; shift
  local args=(--data-urlencode "__RequestVerificationToken=$(token "$path")")
  for pair in "$@"; do args+=(--data-urlencode "$pair"); done
  get -o /dev/null -w '%{http_code}' "${args[@]}" "$base$path"
}

email="wrk-$(date +%s)@example.nl"
password="Wrk-benchmark-2026!"
[ "$(post /account/registreren "Name=Wrk Vrijwilliger" "Email=$email" "Password=$password")" = 302 ] || { echo "registration failed; see $work/portal.log" >&2; trap - EXIT; portal_stop; exit 1; }
link=$(grep -rhoa "/account/bevestigen?[^\" <]*" "$work/mail" | head -n 1 | sed 's/&amp;/\&/g')
[ -n "$link" ] || { echo "no confirmation link in $work/mail:" >&2; cat "$work"/mail/* >&2; exit 1; }
get -o /dev/null "$base$link"
[ "$(post /account/inloggen "Email=$email" "Password=$password")" = 302 ] || { echo "log-in failed" >&2; exit 1; }
cookie=$(awk -F'\t' 'NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar")
page="$base/mijn/voor-jou"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "$proto" -H "Cookie: $cookie" "$page")" = 200 ] || { echo "$page is not 200 for the volunteer" >&2; exit 1; }

echo "machine: $(nproc) cores; $(uptime); $(sqlite3 "$work/portal.db" "SELECT count(*) FROM Vacancies WHERE Status = 'Published'") published vacancies"
measure() {
  echo "== $1"
  wrk -t"$threads" -c"$connections" -d5s -H "$proto" -H "Cookie: $cookie" "$page" >/dev/null
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "$proto" -H "Cookie: $cookie" "$page"
}
measure "leeg profiel"
sqlite3 "$work/portal.db" "UPDATE Volunteers SET Postcode = '3511', Latitude = 52.0907, Longitude = 5.1214 WHERE UserId = (SELECT Id FROM AspNetUsers WHERE Email = '$email');"
curl -s -H "$proto" -H "Cookie: $cookie" "$page" | grep -q "km van je postcode" || { echo "the postcode did not reach the page" >&2; exit 1; }
measure "postcode 3511, geen interesses"
sqlite3 "$work/portal.db" "UPDATE Volunteers SET MaxDistanceKm = 15 WHERE UserId = (SELECT Id FROM AspNetUsers WHERE Email = '$email');
  INSERT INTO VolunteerInterests (InterestsId, VolunteerId) SELECT c.Id, v.Id FROM Categories c, Volunteers v
  WHERE c.Slug IN ('natuur-milieu', 'sport') AND v.UserId = (SELECT Id FROM AspNetUsers WHERE Email = '$email');"
measure "postcode 3511, 15 km, interesses natuur en sport"
echo "after: $(uptime)"
