using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Jobs;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Infrastructure.Search;

namespace VrijwilligersPortal.Web.Jobs;

/// <summary>
/// Keeps the public-vacancy change log small (docs/adr/0100, 0140): deletes the rows older than
/// <see cref="PublicVacancyIndexOptions.ChangeLogKeepHours"/>, always keeping the newest row (a
/// fresh build starts from its version). Every instance reads the log at least every few seconds
/// while it serves, and an index that has not for half the keep time builds itself again rather
/// than trust the log, so no instance still needs what is deleted. Hourly, on one instance at a
/// time (<see cref="JobLeases"/>), hosted by <see cref="JobHost{TJob}"/>; <see cref="RunOnceAsync"/>
/// is one run, for tests.
/// </summary>
public sealed partial class ChangeLogCleanupJob(
    IServiceScopeFactory scopes,
    JobLeases leases,
    IOptions<PublicVacancyIndexOptions> options,
    TimeProvider clock,
    ILogger<ChangeLogCleanupJob> logger) : IPortalJob
{
    public const string JobName = "change-log-cleanup";

    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public string Name => JobName;

    public JobSchedule Schedule { get; } = new(TimeSpan.FromMinutes(2), Interval);

    async Task<bool> IPortalJob.RunScheduledAsync(CancellationToken cancellationToken) => await RunOnceAsync(cancellationToken) is not null;

    /// <summary>One pass; the number of rows deleted, or null when another instance holds the lease.</summary>
    public async Task<int?> RunOnceAsync(CancellationToken cancellationToken)
    {
        var run = await leases.RunAsync(JobName, JobLeases.ThisInstance, Interval, RunAsync, cancellationToken);
        return run.Ran ? run.Result : null;
    }

    private async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var before = clock.GetUtcNow().AddHours(-options.Value.ChangeLogKeepHours);
        var newest = await db.Set<PublicVacancyChange>().MaxAsync(c => (long?)c.Version, cancellationToken) ?? 0;
        var deleted = await db.Set<PublicVacancyChange>()
            .Where(c => c.ChangedAt < before && c.Version < newest)
            .ExecuteDeleteAsync(cancellationToken);
        LogRun(logger, deleted);
        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Change-log cleanup: {Deleted} rows older than the keep time deleted")]
    private static partial void LogRun(ILogger logger, int deleted);
}
