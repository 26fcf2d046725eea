# Functions for a throwaway PostgreSQL cluster on 127.0.0.1, for tests (source this file).
#   pg_throwaway_start PORT   initdb in a fresh temp folder and start; sets PG_THROWAWAY_DIR,
#                             PG_THROWAWAY_CONNECTION (a base connection string without database), and
#                             PG_THROWAWAY_STOP_SERVER / PG_THROWAWAY_START_SERVER: commands that stop and
#                             start the same server again (the "database gone" test uses them)
#   pg_throwaway_stop         stop the cluster and delete its folder (safe to call twice)
#   pg_throwaway_stop_on_exit stop it however the script ends: normally, on error, or interrupted
#                             (bash runs the trap once the command in progress has ended)
# The cluster trusts local connections and lives only as long as the run: never use it for data.

pg_throwaway_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ] && [ "$(id -u)" = 0 ]; then
    echo "PostgreSQL server binaries missing; installing them (apt)" >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
  [ -n "$bin" ] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql" >&2; return 1; }
  echo "$bin"
}

# Runs a PostgreSQL server command as the `postgres` user when we are root (initdb refuses root).
pg_throwaway_as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_throwaway_start() {
  local port=${1:?port}
  local bin
  bin=$(pg_throwaway_bin) || return 1
  if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
    echo "Something already listens on 127.0.0.1:$port; choose another port" >&2
    return 1
  fi

  PG_THROWAWAY_DIR=$(mktemp -d "${TMPDIR:-/tmp}/vrijwilligersportal-pg.XXXXXX")
  PG_THROWAWAY_BIN=$bin
  [ "$(id -u)" = 0 ] && chown postgres: "$PG_THROWAWAY_DIR"
  pg_throwaway_as_owner "$bin/initdb" -D "$PG_THROWAWAY_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null \
    || { echo "initdb failed" >&2; return 1; }
  local owner=""
  [ "$(id -u)" = 0 ] && owner="runuser -u postgres -- "
  PG_THROWAWAY_START_SERVER="$owner$bin/pg_ctl -D $PG_THROWAWAY_DIR/data -l $PG_THROWAWAY_DIR/data/server.log -o '-c listen_addresses=127.0.0.1 -p $port -k $PG_THROWAWAY_DIR -c fsync=off' -w start"
  PG_THROWAWAY_STOP_SERVER="$owner$bin/pg_ctl -D $PG_THROWAWAY_DIR/data -m fast -w stop"
  bash -c "$PG_THROWAWAY_START_SERVER" >/dev/null \
    || { cat "$PG_THROWAWAY_DIR/data/server.log" >&2; return 1; }
  PG_THROWAWAY_CONNECTION="Host=127.0.0.1;Port=$port;Username=postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') running on 127.0.0.1:$port ($PG_THROWAWAY_DIR)"
}

pg_throwaway_stop() {
  [ -n "${PG_THROWAWAY_DIR:-}" ] || return 0
  if [ -f "$PG_THROWAWAY_DIR/data/postmaster.pid" ]; then
    pg_throwaway_as_owner "$PG_THROWAWAY_BIN/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -m fast -w stop >/dev/null \
      || echo "pg_ctl stop failed for $PG_THROWAWAY_DIR" >&2
  fi
  rm -rf "$PG_THROWAWAY_DIR"
  PG_THROWAWAY_DIR=
}

pg_throwaway_stop_on_exit() {
  trap pg_throwaway_stop EXIT
  trap 'pg_throwaway_stop; exit 130' INT
  trap 'pg_throwaway_stop; exit 143' TERM
}
