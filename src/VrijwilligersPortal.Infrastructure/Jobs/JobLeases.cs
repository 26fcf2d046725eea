using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Infrastructure.Jobs;

/// <summary>
/// Lets one instance at a time run a background job when several run behind a proxy: before each
/// run a job claims its named lease for a while; an instance that does not get it skips the run.
/// The database decides who wins, so no instance needs to know about the others
/// (docs/adr/0016-several-instances.md). Each call uses its own <see cref="PortalDbContext"/>, so
/// it never saves a caller's pending changes. <see cref="RunAsync{T}"/> holds the lease for as
/// long as the job runs (a heartbeat renews it), gives it back when the run is cancelled, and
/// keeps other instances away for a job's spacing after a finished run (docs/adr/0075).
/// </summary>
public sealed partial class JobLeases(IServiceScopeFactory scopes, TimeProvider clock, IOptions<JobLeaseOptions> options, ILogger<JobLeases> logger)
{
    /// <summary>A name for this process as a lease holder, unique even when instances share a host name.</summary>
    public static string ThisInstance { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>
    /// Claims <paramref name="job"/> for <paramref name="holder"/> until now + <paramref name="duration"/>.
    /// True when the lease was free, expired or already <paramref name="holder"/>'s (then it is
    /// extended); false while another holder's lease runs.
    /// </summary>
    public async Task<bool> TryAcquireAsync(string job, string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (await ClaimAsync(db, job, holder, duration, cancellationToken))
        {
            return true;
        }

        // The job's first run anywhere: add its row unclaimed, unless another instance just did,
        // and compete for it like for an expired lease.
        await db.Database.ExecuteSqlAsync(InsertIfMissing(db.Database.IsSqlServer(), job), cancellationToken);
        return await ClaimAsync(db, job, holder, duration, cancellationToken);
    }

    /// <summary>
    /// One conditional UPDATE: of instances racing for a free or expired lease, the database lets
    /// only the first change the row; for the others it no longer matches the condition.
    /// </summary>
    private async Task<bool> ClaimAsync(PortalDbContext db, string job, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now + duration;
        var claimed = await db.JobLeases
            .Where(l => l.Name == job && (l.Holder == holder || l.ExpiresAt == null || l.ExpiresAt <= now))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        return claimed == 1;
    }

    /// <summary>How soon a job that was skipped because another instance held it tries again.</summary>
    public TimeSpan RetryEvery => options.Value.RetryEvery;

    /// <summary>
    /// Runs <paramref name="work"/> if <paramref name="holder"/> gets the lease of <paramref name="job"/>.
    /// While it runs, the lease is renewed every <see cref="JobLeaseOptions.RenewEvery"/> for
    /// <see cref="JobLeaseOptions.Lease"/>, so a holder that dies frees the job within that time; if
    /// a renewal finds the lease taken, the work's token is cancelled. A finished run keeps the lease
    /// until <paramref name="spacing"/> after it started (so other instances do not repeat it at once);
    /// a cancelled or failed run gives the lease back at once.
    /// </summary>
    public async Task<LeasedRun<T>> RunAsync<T>(string job, string holder, TimeSpan spacing, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var started = clock.GetUtcNow();
        if (!await TryAcquireAsync(job, holder, settings.Lease, cancellationToken))
        {
            var other = await HolderAsync(job, cancellationToken);
            LogSkipped(logger, job, other?.Holder ?? "?", other?.ExpiresAt);
            return new LeasedRun<T>(false, default, other?.Holder);
        }

        using var running = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var stopHeartbeat = new CancellationTokenSource();
        var heartbeat = HeartbeatAsync(job, holder, settings, running, stopHeartbeat.Token);
        var finished = false;
        try
        {
            var result = await work(running.Token);
            finished = true;
            return new LeasedRun<T>(true, result, holder);
        }
        finally
        {
            await stopHeartbeat.CancelAsync();
            await heartbeat;
            await LetGoAsync(job, holder, finished ? started + spacing : null);
        }
    }

    /// <summary>Who holds <paramref name="job"/>'s lease and until when; null before its first claim.</summary>
    public async Task<JobLease?> HolderAsync(string job, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.JobLeases.AsNoTracking().SingleOrDefaultAsync(l => l.Name == job, cancellationToken);
    }

    private async Task HeartbeatAsync(string job, string holder, JobLeaseOptions settings, CancellationTokenSource running, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(settings.RenewEvery, clock, stop);
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                var until = clock.GetUtcNow() + settings.Lease;
                var renewed = await db.JobLeases
                    .Where(l => l.Name == job && l.Holder == holder)
                    .ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAt, until), stop);
                if (renewed == 0)
                {
                    // Our lease ran out (a stall longer than the lease) and another instance took it.
                    LogLost(logger, job);
                    await running.CancelAsync();
                    return;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure) when (failure is DbException or InvalidOperationException or TimeoutException)
            {
                // The database is unreachable for a moment: try again at the next beat; if it stays
                // away past the lease, another instance may take over and the next renewal says so.
                LogRenewFailed(logger, job, failure.GetType().Name);
            }
        }
    }

    /// <summary>Frees the lease now (<paramref name="until"/> null) or keeps it until <paramref name="until"/>.</summary>
    private async Task LetGoAsync(string job, string holder, DateTimeOffset? until)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var mine = db.JobLeases.Where(l => l.Name == job && l.Holder == holder);
            if (until is { } keep)
            {
                await mine.ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAt, keep), CancellationToken.None);
            }
            else
            {
                await mine.ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, string.Empty).SetProperty(l => l.ExpiresAt, (DateTimeOffset?)null), CancellationToken.None);
                LogReleased(logger, job);
            }
        }
        catch (Exception failure) when (failure is DbException or InvalidOperationException or TimeoutException)
        {
            // Without a database the lease simply runs out after JobLeaseOptions.Lease.
            LogRenewFailed(logger, job, failure.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Job {Job} skipped: its lease is held by {Holder} until {Until}")]
    private static partial void LogSkipped(ILogger logger, string job, string holder, DateTimeOffset? until);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job} lost its lease to another instance; the run is cancelled")]
    private static partial void LogLost(ILogger logger, string job);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job}: the lease could not be renewed or released ({Problem}); it runs out by itself")]
    private static partial void LogRenewFailed(ILogger logger, string job, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} stopped before it finished; its lease is released")]
    private static partial void LogReleased(ILogger logger, string job);

    /// <summary>
    /// Adds the job's row unless it exists, without failing when another instance adds it at the
    /// same moment: <c>ON CONFLICT DO NOTHING</c> on SQLite and PostgreSQL; SQL Server has no such
    /// clause, so there the existence check holds a key-range lock until the insert is done.
    /// </summary>
    public static FormattableString InsertIfMissing(bool sqlServer, string job) => sqlServer
        ? (FormattableString)$"INSERT INTO \"JobLeases\" (\"Name\", \"Holder\") SELECT {job}, N'' WHERE NOT EXISTS (SELECT 1 FROM \"JobLeases\" WITH (UPDLOCK, HOLDLOCK) WHERE \"Name\" = {job})"
        : $"INSERT INTO \"JobLeases\" (\"Name\", \"Holder\") VALUES ({job}, '') ON CONFLICT (\"Name\") DO NOTHING";
}

/// <summary>The outcome of <see cref="JobLeases.RunAsync{T}"/>: whether the work ran, its result, and who held the lease.</summary>
public sealed record LeasedRun<T>(bool Ran, T? Result, string? Holder);
