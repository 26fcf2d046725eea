using Npgsql;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Tests.Persistence;

/// <summary>What the portal adds to a configured PostgreSQL connection string, and what it leaves alone.</summary>
public class PostgresConnectionStringTests
{
    [Fact]
    public void Without_settings_of_its_own_the_connection_fails_fast_and_prepares_its_statements()
    {
        var built = new NpgsqlConnectionStringBuilder(PersistenceRegistration.PostgresConnectionString("Host=db;Database=portal;Username=portal"));

        Assert.Equal(PersistenceRegistration.ConnectTimeoutSeconds, built.Timeout);
        Assert.Equal(PersistenceRegistration.AutoPreparedStatements, built.MaxAutoPrepare);
        Assert.Equal("db", built.Host);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;maxautoprepare=5", 5)]
    public void An_operator_who_sets_automatic_preparing_keeps_that_setting(string configured, int expected)
    {
        // Behind a pooler in transaction mode prepared statements must be off (docs/operations.md).
        var built = new NpgsqlConnectionStringBuilder(PersistenceRegistration.PostgresConnectionString(configured));

        Assert.Equal(expected, built.MaxAutoPrepare);
    }
}
