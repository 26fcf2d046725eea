#!/usr/bin/env bash
# Runs the integration tests on a live SQL Server (none exists on the build machines): each test
# class gets its own database, dropped afterwards. Give the server without a database, e.g.
#   PORTAL_TEST_SQLSERVER='Server=127.0.0.1,1433;User Id=sa;Password=…;TrustServerCertificate=true' scripts/test-sqlserver.sh
# A local server: docker compose -f docker-compose.yml -f docker-compose.sqlserver.yml up -d sqlserver
# Extra arguments go to dotnet test, e.g.: scripts/test-sqlserver.sh --filter SqlServer
set -euo pipefail
cd "$(dirname "$0")/.."
: "${PORTAL_TEST_SQLSERVER:?set PORTAL_TEST_SQLSERVER to a SQL Server connection string without a database}"

PORTAL_TEST_PROVIDER=SqlServer dotnet test tests/VrijwilligersPortal.Web.Tests "$@"
