using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Jobs;

namespace VrijwilligersPortal.Web.Jobs;

/// <summary>When a job runs: first after <see cref="FirstRunAfter"/>, then every <see cref="Every"/>; never when <see cref="Every"/> is not positive.</summary>
public sealed record JobSchedule(TimeSpan FirstRunAfter, TimeSpan Every);

/// <summary>
/// A background job (docs/adr/0107). The job class holds one run (<c>RunOnceAsync</c>, which tests
/// call directly) and claims its <see cref="JobLeases"/> lease itself when only one instance may
/// run it; <see cref="JobHost{TJob}"/> gives every job the same timer, the same retry when another
/// instance held the lease, and the same "log and carry on" when a run fails.
/// </summary>
public interface IPortalJob
{
    /// <summary>A short name for the logs.</summary>
    string Name { get; }

    JobSchedule Schedule { get; }

    /// <summary>One run; false when it was skipped because another instance holds the job's lease.</summary>
    Task<bool> RunScheduledAsync(CancellationToken cancellationToken);

    /// <summary>The pause before the next run; a job that can be woken early (the outbox) ends it sooner.</summary>
    Task PauseAsync(TimeSpan wait, TimeProvider clock, CancellationToken cancellationToken) => Task.Delay(wait, clock, cancellationToken);
}

/// <summary>Hosts one <see cref="IPortalJob"/>: the one loop every background job runs in.</summary>
public sealed partial class JobHost<TJob>(TJob job, IOptions<JobLeaseOptions> leases, TimeProvider clock, ILogger<JobHost<TJob>> logger) : BackgroundService
    where TJob : IPortalJob
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = job.Schedule;
        if (schedule.Every <= TimeSpan.Zero)
        {
            return;
        }

        var wait = schedule.FirstRunAfter;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (wait > TimeSpan.Zero)
                {
                    await job.PauseAsync(wait, clock, stoppingToken);
                }

                // Another instance holds the lease: look again soon, so that if it died the job
                // resumes here within minutes, not one interval later.
                wait = await job.RunScheduledAsync(stoppingToken) ? schedule.Every : TimeSpan.FromTicks(Math.Min(schedule.Every.Ticks, leases.Value.RetryEvery.Ticks));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever went wrong, the portal keeps serving (an exception leaving a
                // BackgroundService stops the host) and the next tick tries again; every job
                // keeps what it did in the database.
                LogFailed(logger, job.Name, failure);
                wait = schedule.Every;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Job} job failed; it runs again at the next tick")]
    private static partial void LogFailed(ILogger logger, string job, Exception exception);
}
