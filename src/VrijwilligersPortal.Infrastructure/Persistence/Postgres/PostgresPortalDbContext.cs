using Microsoft.EntityFrameworkCore;

namespace VrijwilligersPortal.Infrastructure.Persistence.Postgres;

/// <summary>
/// The PostgreSQL flavour of the portal's context; its migrations live in <c>Postgres/Migrations</c>.
/// The shared model needs no changes here: timestamps (always UTC) map to <c>timestamptz</c>,
/// dates to <c>date</c>, enumerations to <c>varchar(40)</c> by name, week schedules to <c>integer</c>.
/// </summary>
public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options) : PortalDbContext(options);
