using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Infrastructure.Search;
using VrijwilligersPortal.Web.Features.Vacancies;

namespace VrijwilligersPortal.Web.Hosting;

/// <summary>
/// <c>/health/live</c> (the process answers), <c>/health/ready</c> and <c>/health</c> (database
/// reachable and the instance warmed up) — docs/adr/0076. They are served before host filtering,
/// rate limiting and request logging: a proxy's or container's check asks with whatever Host it
/// likes (127.0.0.1:8080, localhost), and the answers carry no links.
/// </summary>
internal static class Health
{
    public const string Ready = "ready";

    public static void AddPortalHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<PortalDbContext>("database", tags: [Ready])
            .AddCheck<WarmUpCheck>("warm-up", tags: [Ready])
            .AddCheck<TextSearchHealthCheck>(TextSearchHealthCheck.Name, tags: [Ready]);
        services.AddSingleton<WarmUp>();
        services.AddHostedService<WarmUpService>();

        // First in the pipeline: before the host filter that WebApplication puts in front of everything.
        services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, HealthFirst>());
    }

    private sealed class HealthFirst : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
            app.UseHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync });
            app.UseHealthChecks("/health", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync });
            next(app);
        };
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new Dictionary<string, object>
        {
            ["status"] = report.Status.ToString(),
            ["checks"] = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        };

        // Which text search the database gives (docs/adr/0071), where that check ran.
        var details = report.Entries
            .Where(e => e.Key == TextSearchHealthCheck.Name && e.Value.Description is not null)
            .ToDictionary(e => e.Key, e => e.Value.Description);
        if (details.Count > 0)
        {
            body["details"] = details;
        }

        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}

/// <summary>
/// Builds the public-vacancy index and runs the queries a visitor's first requests would run — the search,
/// the home page's newest vacancies, a text search, the cards and a vacancy page — so EF Core has
/// built its model and compiled those queries before the instance reports ready.
/// </summary>
public sealed partial class WarmUp(IServiceScopeFactory scopes, TimeProvider clock, ILogger<WarmUp> logger)
{
    private volatile bool _warm;

    public bool IsWarm => _warm;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var index = scope.ServiceProvider.GetRequiredService<PublicVacancyIndex>();
        var today = clock.Today();

        // Ready only once the index is built: until then searches get the newest vacancies only.
        await index.WhenBuiltAsync(cancellationToken);
        var newest = await index.SearchAsync(db, new VacancySearchCriteria { Sort = SearchSort.Newest, PageSize = 20 }, today, cancellationToken);
        await index.SearchAsync(db, new VacancySearchCriteria { Words = SearchWords.From("vrijwilliger") }, today, cancellationToken);
        var ids = newest.Hits.Select(h => h.Id).ToList();
        await db.Vacancies.Where(v => ids.Contains(v.Id)).ToCardsAsync(cancellationToken);
        if (ids.Count > 0 && await VacancyDetailQuery.FindPublicAsync(db, ids[0], today, cancellationToken) is { } detail)
        {
            await VacancyDetailQuery.SimilarAsync(db, index, detail, today, 3, cancellationToken);
        }

        _warm = true;
        LogWarm(logger, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Warmed up in {Milliseconds:0} ms; ready for traffic")]
    private static partial void LogWarm(ILogger logger, double milliseconds);
}

/// <summary>
/// Warms up once after start; while the database is away it tries again every few seconds. Once
/// the server listens, the first pages are also requested over loopback, so that MVC, the views
/// and the request pipeline have run once too, not only the queries.
/// </summary>
internal sealed partial class WarmUpService(
    WarmUp warmUp,
    IHostApplicationLifetime lifetime,
    Microsoft.AspNetCore.Hosting.Server.IServer server,
    IConfiguration configuration,
    ILogger<WarmUpService> logger) : BackgroundService
{
    private static readonly string[] FirstPages = ["/", "/vacatures", "/vacatures?q=vrijwilliger", "/account/inloggen"];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RequestFirstPagesAsync(stoppingToken);
        while (!warmUp.IsWarm && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                await warmUp.RunAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogRetry(logger, failure.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    private async Task RequestFirstPagesAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        // Only a real server has addresses (tests run without one).
        var address = server.Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses
            .Select(a => Uri.TryCreate(Loopback(a), UriKind.Absolute, out var uri) ? uri : null)
            .FirstOrDefault(u => u is { Scheme: "http" });
        if (address is null)
        {
            return;
        }

        // A host name the host filter accepts: the first configured one, or localhost.
        var host = (configuration["AllowedHosts"] ?? "*").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(h => !h.Contains('*', StringComparison.Ordinal)) ?? "localhost";
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        foreach (var page in FirstPages)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, page);
                request.Headers.Host = host;
                using var response = await client.SendAsync(request, stoppingToken);
            }
            catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
            {
                LogPageFailed(logger, failure.GetType().Name);
                return;
            }
        }
    }

    /// <summary>A listening address ("http://+:8080", "http://0.0.0.0:8080") as one to connect to.</summary>
    private static string Loopback(string address)
    {
        foreach (var any in new[] { "://+", "://*", "://0.0.0.0", "://[::]" })
        {
            address = address.Replace(any, "://127.0.0.1", StringComparison.Ordinal);
        }

        return address;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warm-up failed ({Problem}); /health stays unhealthy, trying again in 5 s")]
    private static partial void LogRetry(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Warm-up request over loopback failed ({Problem}); continuing without it")]
    private static partial void LogPageFailed(ILogger logger, string problem);
}

internal sealed class WarmUpCheck(WarmUp warmUp) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(warmUp.IsWarm ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("warming up"));
}
