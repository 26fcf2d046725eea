#!/usr/bin/env bash
# "Killed mid-load" (issue 20): concurrent sign-ups and applications through the real forms while
# the portal is killed with SIGKILL and restarted twice; afterwards the database must hold every
# sign-up and application that got a success page, none twice, no vacancy over its places, and
# the background jobs must run again. Loopback only, bounded (about two minutes); not part of CI.
#   scripts/killed-mid-load.sh            (PORTAL_PG_PORT, default 5444; PORTAL_APP_PORT, default 5184;
#                                          PORTAL_PUBLISHED=folder of a `dotnet publish` to run instead of building)
# Runs the demo centre (Development: demo data and mail as .eml files) on a throwaway PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
pg_port=${PORTAL_PG_PORT:-5444}
app_port=${PORTAL_APP_PORT:-5184}
base="http://127.0.0.1:$app_port"
workers=${PORTAL_LOAD_WORKERS:-8}
work=$(mktemp -d "${TMPDIR:-/tmp}/killed-mid-load.XXXXXX")
mkdir -p "$work/mail" "$work/ok"

# shellcheck source=lib/throwaway-postgres.sh
source scripts/lib/throwaway-postgres.sh
pg_throwaway_start "$pg_port"
# A generous connect timeout: the machine is saturated by the load itself (the portal's default is 5 s).
connection="$PG_THROWAWAY_CONNECTION;Database=killed_mid_load;Timeout=30"
psql_q() { "$PG_THROWAWAY_BIN/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d killed_mid_load -At -c "$1"; }

portal_pid=
start_portal() {
  (cd "$app_dir" && exec env ASPNETCORE_ENVIRONMENT=Development \
    Database__Provider=Postgres ConnectionStrings__Portal="$connection" \
    Database__MigrateOnStartup=true Database__SeedDemoData=true Email__PickupDirectory="$work/mail" \
    Portal__PublicBaseUrl="$base" Alerts__CheckEvery=00:00:05 Alerts__Lease=00:00:05 \
    RateLimits__AccountPostsPerMinute=100000 Serilog__WriteTo__1__Args__path="$work/logs/portal-.json" \
    dotnet "$dll" --urls "$base") >>"$work/portal-$1.log" 2>&1 &
  portal_pid=$!
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null "$base/health/ready" && return 0
    sleep 0.5
  done
  echo "the portal did not get ready; see $work/portal-$1.log" >&2
  return 1
}
cleanup() {
  [ -n "$portal_pid" ] && kill -9 "$portal_pid" 2>/dev/null || true
  jobs -p | xargs -r kill 2>/dev/null || true
  pg_throwaway_stop
}
trap cleanup EXIT

if [ -n "${PORTAL_PUBLISHED:-}" ]; then
  app_dir=$PORTAL_PUBLISHED dll=VrijwilligersPortal.Web.dll
else
  dotnet build src/VrijwilligersPortal.Web -c Release -v q -nologo >/dev/null
  app_dir=src/VrijwilligersPortal.Web dll=bin/Release/net10.0/VrijwilligersPortal.Web.dll
fi
start_portal 1

# Form token from a page (the cookie jar keeps the antiforgery cookie).
token() { curl -s -b "$1" -c "$1" "$base$2" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n1 | sed 's/.*value="//; s/"$//'; }
# POST a form; prints the status code and the Location header.
post() {
  local jar=$1 path=$2; shift 2
  curl -s -o /dev/null -b "$jar" -c "$jar" -w '%{http_code} %{redirect_url}\n' -X POST "$base$path" "$@"
}

# Volunteers for the applications: signed up through the form before the load; their e-mail is
# marked confirmed in the database (following the mailed links is the account tests' business).
volunteers=()
for i in $(seq 1 "$workers"); do
  jar="$work/v$i.jar"; email="belast-$i@example.nl"
  t=$(token "$jar" /account/registreren)
  post "$jar" /account/registreren --data-urlencode "__RequestVerificationToken=$t" --data-urlencode "Name=Vrijwilliger $i" \
    --data-urlencode "Email=$email" --data-urlencode "Password=Lang-genoeg-wachtwoord-$i" >/dev/null
  volunteers+=("$email")
done
psql_q "UPDATE \"AspNetUsers\" SET \"EmailConfirmed\" = true WHERE \"Email\" LIKE 'belast-%'" >/dev/null

mapfile -t vacancies < <(psql_q "SELECT \"Id\" FROM \"Vacancies\" WHERE \"Status\" = 'Published' ORDER BY \"Id\"")
echo "== ${#volunteers[@]} volunteers, ${#vacancies[@]} published vacancies, $workers workers; portal pid $portal_pid"

# One worker: signs up new accounts and, as one volunteer, applies to every vacancy (each twice,
# at once: one of the two must win). Success = the redirect the browser would follow.
worker() {
  local n=$1 email=${volunteers[$(($1 - 1))]} jar="$work/w$1.jar" round=0
  local t
  while [ ! -f "$work/stop" ]; do
    round=$((round + 1))
    local signup="aanmelding-$n-$round@example.nl" sjar="$work/s$n.jar"
    rm -f "$sjar"
    t=$(token "$sjar" /account/registreren) || true
    if [ -n "$t" ]; then
      read -r code location < <(post "$sjar" /account/registreren --data-urlencode "__RequestVerificationToken=$t" \
        --data-urlencode "Name=Aanmelder $n $round" --data-urlencode "Email=$signup" \
        --data-urlencode "Password=Lang-genoeg-wachtwoord-$n" || echo "000 -")
      [ "$code" = 302 ] && [[ "$location" == */account/registreren/bijna-klaar* ]] && echo "$signup" >>"$work/ok/signups-$n"
      echo "$code" >>"$work/ok/statuses-$n"
    fi
    rm -f "$jar"
    t=$(token "$jar" /account/inloggen) || true
    [ -n "$t" ] || continue
    post "$jar" /account/inloggen --data-urlencode "__RequestVerificationToken=$t" --data-urlencode "Email=$email" \
      --data-urlencode "Password=Lang-genoeg-wachtwoord-$n" >/dev/null || true
    for vacancy in "${vacancies[@]}"; do
      [ -f "$work/stop" ] && break
      t=$(token "$jar" "/vacatures/$vacancy/reageren") || true
      [ -n "$t" ] || continue
      for _ in 1 2; do
        (read -r code location < <(post "$jar" "/vacatures/$vacancy/reageren" --data-urlencode "__RequestVerificationToken=$t" \
            --data-urlencode "Motivation=Ik help graag mee (ronde $round)." --data-urlencode "ContactPreference=Email" || echo "000 -")
         [ "$code" = 302 ] && [[ "$location" == */mijn/reacties* ]] && echo "$email $vacancy" >>"$work/ok/applications-$n-$BASHPID"
         echo "$code" >>"$work/ok/statuses-$n-$BASHPID") &
      done
      wait
    done
  done
}

for i in $(seq 1 "$workers"); do worker "$i" & done
for kill_round in 1 2; do
  sleep 12
  echo "== SIGKILL $portal_pid (round $kill_round)"
  kill -9 "$portal_pid"; wait "$portal_pid" 2>/dev/null || true
  sleep 2
  start_portal $((kill_round + 1))
  echo "   restarted as $portal_pid"
done
sleep 12
touch "$work/stop"
wait $(jobs -p | grep -v "^$portal_pid$") 2>/dev/null || true

echo "== Requests: $(cat "$work"/ok/statuses-* | sort | uniq -c | tr '\n' ' ')"
failures=0
check() { if [ "$2" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1: $2 (expected $3)"; failures=$((failures + 1)); fi; }

cat "$work"/ok/signups-* 2>/dev/null | sort -u >"$work/signups"
signed=$(wc -l <"$work/signups")
stored=0
while read -r email; do
  c=$(psql_q "SELECT count(*) FROM \"AspNetUsers\" WHERE \"NormalizedEmail\" = upper('$email')")
  [ "$c" = 1 ] && stored=$((stored + 1))
done <"$work/signups"
check "sign-ups with a success page stored exactly once ($signed)" "$stored" "$signed"

cat "$work"/ok/applications-* 2>/dev/null | sort -u >"$work/applications"
applied=$(wc -l <"$work/applications")
found=0
while read -r email vacancy; do
  c=$(psql_q "SELECT count(*) FROM \"Applications\" a JOIN \"Volunteers\" v ON v.\"Id\" = a.\"VolunteerId\" JOIN \"AspNetUsers\" u ON u.\"Id\" = v.\"UserId\" WHERE u.\"NormalizedEmail\" = upper('$email') AND a.\"VacancyId\" = $vacancy")
  [ "$c" -ge 1 ] && found=$((found + 1))
done <"$work/applications"
check "applications with a success page stored ($applied)" "$found" "$applied"
check "duplicate applications (same volunteer, same vacancy, still open)" \
  "$(psql_q "SELECT count(*) FROM (SELECT 1 FROM \"Applications\" WHERE \"Status\" IN ('Submitted','InContact') GROUP BY \"VolunteerId\", \"VacancyId\" HAVING count(*) > 1) d")" 0
check "vacancies over their places" \
  "$(psql_q "SELECT count(*) FROM \"Vacancies\" v WHERE v.\"Places\" IS NOT NULL AND (SELECT count(*) FROM \"Applications\" a WHERE a.\"VacancyId\" = v.\"Id\" AND a.\"Status\" IN ('Submitted','InContact','Placed')) > v.\"Places\"")" 0
runs=$(grep -c "Alert run:" "$work/portal-3.log" || true)
check "alert job ran on the last restarted instance" "$([ "$runs" -ge 1 ] && echo yes || echo "no ($runs runs)")" yes
echo "   leases: $(psql_q "SELECT \"Name\" || '=' || \"Holder\" || ' until ' || coalesce(\"ExpiresAt\"::text, '-') FROM \"JobLeases\"" | tr '\n' ';')"
echo "== $failures failed; logs and files in $work"
[ "$failures" = 0 ]
