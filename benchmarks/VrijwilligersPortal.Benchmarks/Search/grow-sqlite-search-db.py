#!/usr/bin/env python3
"""Makes the search benchmark's 1,000,000-vacancy SQLite database from the 100,000 one in minutes
instead of seeding it through EF (docs/performance.md, "Search at 1,000,000"): nine copies of every
vacancy with ids + k*100,000, coordinates moved by up to ~1 km, the same tags; the full-text
triggers index the copies. Usage: grow-sqlite-search-db.py SOURCE_100K.db TARGET_1M.db"""
import shutil
import sqlite3
import sys

source, target = sys.argv[1], sys.argv[2]
shutil.copyfile(source, target)
db = sqlite3.connect(target)
(count, top) = db.execute('SELECT COUNT(*), MAX("Id") FROM "Vacancies"').fetchone()
assert count == top == 100_000, f"expected 100,000 vacancies with ids 1..100,000, found {count} (max id {top})"
columns = [r[1] for r in db.execute('PRAGMA table_info("Vacancies")') if r[1] not in ("Id", "Latitude", "Longitude")]
names = ", ".join(f'"{c}"' for c in columns)
for k in range(1, 10):
    db.execute(
        f'INSERT INTO "Vacancies" ("Id", "Latitude", "Longitude", {names}) '
        f'SELECT "Id" + {k * 100_000}, "Latitude" + ((("Id" * 7919 + {k}) % 1000) - 500) * 0.00002, '
        f'"Longitude" + ((("Id" * 104729 + {k}) % 1000) - 500) * 0.00003, {names} FROM "Vacancies" WHERE "Id" <= 100000'
    )
    db.execute(f'INSERT INTO "VacancySuitableForTags" ("SuitableForId", "VacancyId") SELECT "SuitableForId", "VacancyId" + {k * 100_000} FROM "VacancySuitableForTags" WHERE "VacancyId" <= 100000')
    db.commit()
    print(f"copy {k} of 9", flush=True)
db.execute("ANALYZE")
db.commit()
print(db.execute('SELECT COUNT(*) FROM "Vacancies"').fetchone()[0], "vacancies")
