#!/usr/bin/env python3
"""Copies a seeded search benchmark database from SQLite into an empty, migrated PostgreSQL database.

Seeding 1,000,000 vacancies through EF Core takes hours on the 2-core build machine; this copies the
rows the search benchmark made on SQLite (see grow-sqlite-search-db.py) with COPY in minutes, so
the same data is measured on both databases (docs/performance.md, issue 18).

Usage: copy-sqlite-search-db-to-postgres.py SQLITE_DB PSQL_CONNINFO
  SQLITE_DB must be migrated to the same migration as the PostgreSQL database (run the benchmark on
  it once first). PSQL_CONNINFO is what psql takes, e.g. "host=127.0.0.1 port=5434 user=postgres
  dbname=search_bench". The PostgreSQL database must be migrated and hold no vacancies.

SQLite keeps DateTimeOffset as EF's binary form (ticks / 1000 << 11 | offset minutes); it is turned
into timestamptz text. Booleans (0/1), dates, GUIDs and text pass as they are.
"""
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone

# Parents before children, so the foreign keys hold while copying.
TABLES = [
    "AspNetUsers",
    "Categories",
    "SuitableForTags",
    "PostcodeAreas",
    "Organisations",
    "OrganisationMembers",
    "OrganisationStatusChanges",
    "Vacancies",
    "VacancyStatusChanges",
    "VacancySuitableForTags",
]

EPOCH_TICKS = 621355968000000000


def psql(conninfo, sql, stdin=None):
    result = subprocess.run(
        ["psql", "-v", "ON_ERROR_STOP=1", "-qAt", conninfo, "-c", sql],
        input=stdin, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"psql failed on {sql[:80]}: {result.stderr.strip()}")
    return result.stdout


def cell(value):
    """A CSV field for COPY: NULL unquoted and empty, text always quoted (so '' stays an empty string)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return '"' + value.replace('"', '""') + '"'
    return repr(value)


def timestamptz(value):
    if value is None or isinstance(value, str):
        return value
    offset_minutes = value & 0x7FF
    if offset_minutes >= 0x400:
        offset_minutes -= 0x800
    ticks = (value >> 11) * 1000
    local = datetime(1, 1, 1) + timedelta(microseconds=ticks // 10)
    return local.replace(tzinfo=timezone(timedelta(minutes=offset_minutes))).isoformat()


def main():
    source, conninfo = sys.argv[1], sys.argv[2]
    lite = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    if psql(conninfo, 'SELECT count(*) FROM "Vacancies"').strip() != "0":
        sys.exit("The PostgreSQL database already holds vacancies; use an empty, migrated one.")

    # Reference rows the migrations put in are replaced by the source's, ids and all.
    psql(conninfo, 'TRUNCATE ' + ", ".join(f'"{t}"' for t in TABLES) + ' CASCADE')
    for table in TABLES:
        columns = {
            name: kind for name, kind in (
                line.split("|") for line in psql(
                    conninfo,
                    "SELECT column_name, data_type FROM information_schema.columns "
                    f"WHERE table_name = '{table}' AND is_generated = 'NEVER'").splitlines())}
        lite_columns = [row[1] for row in lite.execute(f'PRAGMA table_info("{table}")')]
        names = [c for c in lite_columns if c in columns]
        zoned = {i for i, c in enumerate(names) if columns[c] == "timestamp with time zone"}
        quoted = ", ".join(f'"{c}"' for c in names)
        count = 0
        cursor = lite.execute(f'SELECT {quoted} FROM "{table}"')
        while True:
            rows = cursor.fetchmany(100_000)
            if not rows:
                break
            text = "".join(
                ",".join(cell(timestamptz(v) if i in zoned else v) for i, v in enumerate(row)) + "\n"
                for row in rows)
            psql(conninfo, f'\\copy "{table}" ({quoted}) FROM pstdin WITH (FORMAT csv)', text)
            count += len(rows)
        if "Id" in names and columns["Id"] in ("integer", "bigint"):
            psql(conninfo, f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), (SELECT coalesce(max(\"Id\"), 1) FROM \"{table}\"))")
        print(f"{table}: {count:,} rows")
    psql(conninfo, "ANALYZE")


if __name__ == "__main__":
    main()
