using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Persistence.SqlServer;

/// <summary>A test that needs a live SQL Server: skipped, saying how to run it, unless the suite runs on one.</summary>
public sealed class SqlServerFactAttribute : FactAttribute
{
    public SqlServerFactAttribute()
    {
        if (PortalFactory.Provider != DatabaseProviders.SqlServer)
        {
            Skip = "Needs a live SQL Server, which the build machines do not have: run scripts/test-sqlserver.sh with " +
                "PORTAL_TEST_SQLSERVER='Server=host,1433;User Id=sa;Password=…;TrustServerCertificate=true' (docs/migrations.md).";
        }
    }
}
