using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Infrastructure.Search;

namespace VrijwilligersPortal.Web.Hosting;

/// <summary>
/// Says how the vacancy search matches words: in memory, by the public-vacancy index (docs/adr/0140),
/// and which full-text objects the database still has beside it (on SQL Server the Dutch full-text
/// index or the LIKE fallback, docs/adr/0071). Shown in <c>/health</c> and logged at start-up.
/// </summary>
internal sealed partial class TextSearchHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public const string Name = "textSearch";

    public const string InMemory = "Word index in memory (Snowball Dutch stems, accents folded)";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return HealthCheckResult.Healthy(await DescribeAsync(scopes, cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The text search could not be determined.", exception);
        }
    }

    public static async Task<string> DescribeAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var database = db.Database.IsSqlServer() ? SqlServerFullText.Describe(await SqlServerFullText.UsesFullTextAsync(db, cancellationToken))
            : db.Database.IsNpgsql() ? $"PostgreSQL full-text search ({PostgresFullText.Configuration})"
            : "SQLite FTS5 (unicode61, diacritics removed)";
        return $"{InMemory}; the database also has {database}, not read by search";
    }

    /// <summary>Logs the text search once the portal has started; a database not reachable yet is only noted.</summary>
    public static void LogAtStart(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILogger<TextSearchHealthCheck>>();
        app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(async () =>
        {
            try
            {
                LogTextSearch(logger, await DescribeAsync(app.Services.GetRequiredService<IServiceScopeFactory>(), app.Lifetime.ApplicationStopping));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogUnknown(logger, exception.GetType().Name);
            }
        }));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Vacancy text search: {TextSearch}")]
    private static partial void LogTextSearch(ILogger logger, string textSearch);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vacancy text search not determined at start-up ({Error}); /health shows it later")]
    private static partial void LogUnknown(ILogger logger, string error);
}
