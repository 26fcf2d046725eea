using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Hosting;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Hosting;

/// <summary>Stops the whole PostgreSQL server: nothing else may run meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DatabaseServerCollection
{
    public const string Name = "database server stopped and started";
}

/// <summary>
/// The database goes away and comes back (issue 20, "Database gone"): pages answer a Dutch 503
/// quickly, /health says unhealthy, and the portal recovers without a restart. Needs the commands
/// that stop and start the test server (scripts/test-postgres.sh and .ci/run set them).
/// </summary>
[Collection(DatabaseServerCollection.Name)]
public class DatabaseGoneTests
{
    private static readonly string? StopServer = Environment.GetEnvironmentVariable("PORTAL_TEST_PG_STOP");
    private static readonly string? StartServer = Environment.GetEnvironmentVariable("PORTAL_TEST_PG_START");

    [DatabaseServerFact]
    public async Task With_the_database_stopped_pages_answer_a_dutch_503_quickly_and_the_portal_recovers_when_it_is_back()
    {
        using var factory = new PortalFactory();
        using var client = factory.CreatePortalClient();
        await factory.Services.GetRequiredService<WarmUp>().RunAsync(CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/vacatures")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        Run(StopServer!);
        try
        {
            foreach (var path in new[] { "/vacatures", "/vacatures/1/een-vacature", "/vacatures?q=tuin" })
            {
                var timer = Stopwatch.StartNew();
                var response = await client.GetAsync(path);
                timer.Stop();

                var html = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{path}: {(int)response.StatusCode} {html[..Math.Min(300, html.Length)]}");
                Assert.True(timer.Elapsed < TimeSpan.FromSeconds(PersistenceRegistration.ConnectTimeoutSeconds + 3), $"{path} took {timer.Elapsed}");
                Assert.Contains("De portal is even niet bereikbaar", html, StringComparison.Ordinal);
                Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
                Assert.NotNull(response.Headers.RetryAfter);
            }

            var health = await client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Contains("\"database\":\"Unhealthy\"", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        }
        finally
        {
            Run(StartServer!);
        }

        // Back: the same instance serves again, without a restart. Connections the pool still
        // holds from before the stop are found broken and dropped on their first use.
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 10 && statuses.LastOrDefault() != HttpStatusCode.OK; attempt++)
        {
            statuses.Add((await client.GetAsync("/vacatures")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, statuses.Last());
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"got {s}"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        // Only now, for dropping the test database: the test's own pooled connection to the
        // server's 'postgres' database still dates from before the stop.
        Npgsql.NpgsqlConnection.ClearAllPools();
    }

    private static void Run(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", command]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), $"'{command}' did not finish");
        Assert.True(process.ExitCode == 0, $"'{command}' failed: {output}");
    }

    /// <summary>Runs only on PostgreSQL with the commands to stop and start its server.</summary>
    private sealed class DatabaseServerFactAttribute : FactAttribute
    {
        public DatabaseServerFactAttribute()
        {
            if (PortalFactory.Provider != DatabaseProviders.Postgres || string.IsNullOrEmpty(StopServer) || string.IsNullOrEmpty(StartServer))
            {
                Skip = "Needs PostgreSQL and PORTAL_TEST_PG_STOP / PORTAL_TEST_PG_START (scripts/test-postgres.sh and .ci/run set them): it stops and starts the database server.";
            }
        }
    }
}
