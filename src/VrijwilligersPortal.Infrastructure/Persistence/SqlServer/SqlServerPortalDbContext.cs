using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;

namespace VrijwilligersPortal.Infrastructure.Persistence.SqlServer;

/// <summary>
/// The SQL Server flavour of the portal's context; its migrations live in <c>SqlServer/Migrations</c>.
/// The shared model maps as it is: timestamps (always UTC) to <c>datetimeoffset</c>, dates to
/// <c>date</c>, enumerations to <c>nvarchar(40)</c> by name, week schedules to <c>int</c>; a unique
/// index on a nullable column gets EF's <c>IS NOT NULL</c> filter, so several rows may lack a value.
/// </summary>
public sealed class SqlServerPortalDbContext(DbContextOptions<SqlServerPortalDbContext> options) : PortalDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // The search text triggers (Search/SqlServerFullText): EF must not read saved values back
        // with a bare OUTPUT clause, which SQL Server refuses on a table with triggers.
        builder.Entity<Vacancy>().ToTable(t => t.HasTrigger("Vacancies_search_text"));
        builder.Entity<Organisation>().ToTable(t => t.HasTrigger("Organisations_search_rename"));
    }
}
