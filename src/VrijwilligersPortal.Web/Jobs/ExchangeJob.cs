using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Jobs;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Features.Exchange;

namespace VrijwilligersPortal.Web.Jobs;

/// <summary>What one run of the exchange job did, per source id.</summary>
public sealed record ExchangeRun(bool Ran, IReadOnlyDictionary<int, ExchangeResult> Sources);

/// <summary>
/// Fetches every source of the regional exchange (docs/adr/0150) every
/// <see cref="ExchangeOptions.FetchEvery"/>, on one instance at a time (<see cref="JobLeases"/>).
/// Each source gets its own scope, so a source that fails never stops the others.
/// </summary>
public sealed partial class ExchangeJob(
    IServiceScopeFactory scopes,
    JobLeases leases,
    ExchangeImporter importer,
    IOptions<ExchangeOptions> options,
    ILogger<ExchangeJob> logger) : IPortalJob
{
    public const string JobName = "vacancy-exchange";

    public string Name => JobName;

    public JobSchedule Schedule => new(TimeSpan.FromMinutes(1), options.Value.FetchEvery);

    async Task<bool> IPortalJob.RunScheduledAsync(CancellationToken cancellationToken) => (await RunOnceAsync(cancellationToken)).Ran;

    public async Task<ExchangeRun> RunOnceAsync(CancellationToken cancellationToken = default, string? holder = null)
    {
        var spacing = options.Value.FetchEvery > TimeSpan.Zero ? options.Value.FetchEvery : TimeSpan.FromMinutes(1);
        var run = await leases.RunAsync(JobName, holder ?? JobLeases.ThisInstance, spacing, RunAsync, cancellationToken);
        return run.Result ?? new ExchangeRun(false, new Dictionary<int, ExchangeResult>());
    }

    private async Task<ExchangeRun> RunAsync(CancellationToken cancellationToken)
    {
        List<int> sources;
        await using (var scope = scopes.CreateAsyncScope())
        {
            sources = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ExchangeSources.AsNoTracking()
                .Where(s => s.RemovedAt == null)
                .OrderBy(s => s.Id)
                .Select(s => s.Id)
                .ToListAsync(cancellationToken);
        }

        var results = new Dictionary<int, ExchangeResult>();
        foreach (var id in sources)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                results[id] = await importer.ImportAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), id, cancellationToken);
            }
            catch (Exception problem) when (problem is DbUpdateException or InvalidOperationException)
            {
                // A save that failed (a source removed meanwhile, a database hiccup): the next run tries again.
                LogSourceFailed(logger, id, problem);
                results[id] = new ExchangeResult(false, 0, 0, 0, 0, 0, null);
            }
        }

        return new ExchangeRun(true, results);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Exchange source {SourceId}: saving the import failed; the next run tries again")]
    private static partial void LogSourceFailed(ILogger logger, int sourceId, Exception problem);
}
