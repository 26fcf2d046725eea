using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Jobs;
using VrijwilligersPortal.Web.Jobs;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.Tests.Features.BackOffice;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Audit;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Organisations;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Settings;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Staff;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Volunteers;

namespace VrijwilligersPortal.Web.Tests.Jobs;

/// <summary>The one loop every background job runs in (docs/adr/0107), stepped on a clock instead of waited for.</summary>
public class JobHostTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 8, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan RetryEvery = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Runs_after_the_first_wait_retries_soon_when_another_instance_held_the_lease_and_carries_on_after_a_failure()
    {
        var clock = new SteppingClock(Start);
        var job = new ScriptedJob(clock, new JobSchedule(TimeSpan.FromMinutes(10), TimeSpan.FromHours(1)), [Outcome.Skipped, Outcome.Fails, Outcome.Ran, Outcome.Ran]);
        var host = new JobHost<ScriptedJob>(job, Options.Create(new JobLeaseOptions { RetryEvery = RetryEvery }), clock, NullLogger<JobHost<ScriptedJob>>.Instance);
        await host.StartAsync(CancellationToken.None);

        await clock.UntilSomethingWaitsAsync();
        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(0, job.Runs);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(Start.AddMinutes(10), await job.NextRunAsync());

        // Skipped (another instance held the lease): again after RetryEvery, not an hour later.
        await clock.UntilSomethingWaitsAsync();
        clock.Advance(RetryEvery);
        Assert.Equal(Start.AddMinutes(11), await job.NextRunAsync());

        // That run failed: the host keeps going and runs again one interval later.
        await clock.UntilSomethingWaitsAsync();
        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(2, job.Runs);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(Start.AddMinutes(71), await job.NextRunAsync());

        await clock.UntilSomethingWaitsAsync();
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(Start.AddMinutes(131), await job.NextRunAsync());

        await host.StopAsync(CancellationToken.None);
        Assert.Equal(4, job.Runs);
    }

    [Fact]
    public async Task A_job_without_a_positive_interval_never_runs()
    {
        var clock = new SteppingClock(Start);
        var job = new ScriptedJob(clock, new JobSchedule(TimeSpan.Zero, TimeSpan.Zero), [Outcome.Ran]);
        var host = new JobHost<ScriptedJob>(job, Options.Create(new JobLeaseOptions { RetryEvery = RetryEvery }), clock, NullLogger<JobHost<ScriptedJob>>.Instance);

        await host.StartAsync(CancellationToken.None);
        await (host.ExecuteTask ?? Task.CompletedTask).WaitAsync(TimeSpan.FromSeconds(10));
        clock.Advance(TimeSpan.FromDays(1));
        await host.StopAsync(CancellationToken.None);

        Assert.Equal(0, job.Runs);
        Assert.Equal(0, clock.PendingTimers);
    }

    public enum Outcome
    {
        Ran,
        Skipped,
        Fails,
    }

    /// <summary>A job that answers from a script and reports the clock's time of each run.</summary>
    public sealed class ScriptedJob(TimeProvider clock, JobSchedule schedule, Outcome[] script) : IPortalJob
    {
        private readonly Channel<DateTimeOffset> _runs = Channel.CreateUnbounded<DateTimeOffset>();
        private int _runCount;

        public string Name => "scripted";

        public JobSchedule Schedule => schedule;

        public int Runs => Volatile.Read(ref _runCount);

        public Task<bool> RunScheduledAsync(CancellationToken cancellationToken)
        {
            var number = Interlocked.Increment(ref _runCount);
            _runs.Writer.TryWrite(clock.GetUtcNow());
            return script[Math.Min(number, script.Length) - 1] switch
            {
                Outcome.Fails => throw new InvalidOperationException("The database is away for a moment."),
                var outcome => Task.FromResult(outcome == Outcome.Ran),
            };
        }

        /// <summary>Waits (at most 10 s, real time) for the next run; its time by the clock.</summary>
        public async Task<DateTimeOffset> NextRunAsync() =>
            await _runs.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
    }
}
