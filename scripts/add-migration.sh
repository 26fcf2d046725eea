#!/usr/bin/env bash
# Adds a migration with the same name for every database provider (docs/migrations.md).
# Usage: scripts/add-migration.sh AddPostcodes
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh MigrationName}

dotnet tool restore >/dev/null
dotnet build src/VrijwilligersPortal.DesignTime -v q -nologo >/dev/null

for provider in Sqlite Postgres SqlServer; do
  dotnet ef migrations add "$name" \
    --project src/VrijwilligersPortal.Infrastructure \
    --startup-project src/VrijwilligersPortal.DesignTime \
    --context "${provider}PortalDbContext" \
    --output-dir "Persistence/$provider/Migrations" \
    --no-build
done
