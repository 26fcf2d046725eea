using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Jobs;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.Tests.Features.BackOffice;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Audit;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Organisations;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Settings;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Staff;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Volunteers;

namespace VrijwilligersPortal.Web.Tests.Jobs;

/// <summary>
/// Leases renewed while a job runs (docs/adr/0075): a running job keeps its lease for as long as
/// it runs, a holder that dies frees the job within <see cref="JobLeaseOptions.Lease"/>, and one
/// that is shut down gives it back at once.
/// </summary>
public class JobLeaseHeartbeatTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly JobLeaseOptions Settings = new()
    {
        Lease = TimeSpan.FromMinutes(2),
        RenewEvery = TimeSpan.FromSeconds(30),
        RetryEvery = TimeSpan.FromMinutes(1),
    };

    [Fact]
    public async Task A_running_job_keeps_its_lease_and_another_instance_takes_over_within_the_lease_time_after_its_holder_dies()
    {
        var job = $"heartbeat-{Guid.NewGuid():N}";

        // Two processes: each its own clock and timers, kept in step while both live.
        var clockA = new SteppingClock(PortalFactory.Start);
        var clockB = new SteppingClock(PortalFactory.Start);
        var a = Leases(clockA);
        var b = Leases(clockB);
        var endA = new TaskCompletionSource();
        var runA = a.RunAsync(job, "A", TimeSpan.FromHours(1), async token =>
        {
            await endA.Task.WaitAsync(token);
            return true;
        }, CancellationToken.None);
        await UntilAsync(job, l => l.Holder == "A");

        // Eight heartbeats: four minutes, twice the lease, and A still holds it.
        for (var beat = 1; beat <= 8; beat++)
        {
            // The heartbeat waits on A's clock again only after its last renewal was saved.
            await clockA.UntilSomethingWaitsAsync();
            clockA.Advance(Settings.RenewEvery);
            clockB.Advance(Settings.RenewEvery);
            var expected = clockA.GetUtcNow() + Settings.Lease;
            await UntilAsync(job, l => l.ExpiresAt == expected);
        }

        Assert.False((await b.RunAsync(job, "B", TimeSpan.FromHours(1), _ => Task.FromResult(true), CancellationToken.None)).Ran);

        // A dies: its clock stops, so no heartbeat and no release. B keeps trying every RetryEvery.
        var diedAt = clockB.GetUtcNow();
        LeasedRun<bool> tryB;
        do
        {
            clockB.Advance(Settings.RetryEvery);
            tryB = await b.RunAsync(job, "B", TimeSpan.FromHours(1), _ => Task.FromResult(true), CancellationToken.None);
        }
        while (!tryB.Ran && clockB.GetUtcNow() - diedAt < TimeSpan.FromMinutes(10));

        Assert.True(tryB.Ran);
        Assert.Equal("B", (await factory.WithDbAsync((db, _) => db.JobLeases.AsNoTracking().SingleAsync(l => l.Name == job))).Holder);
        Assert.True(clockB.GetUtcNow() - diedAt <= Settings.Lease + Settings.RetryEvery, $"taken over after {clockB.GetUtcNow() - diedAt}");
        Assert.True(clockB.GetUtcNow() - diedAt > TimeSpan.FromMinutes(1), "a lease renewed moments before must not be taken at once");
        endA.SetResult();
        await runA;
    }

    [Fact]
    public async Task A_heartbeat_that_finds_its_lease_taken_cancels_the_run()
    {
        var job = $"verloren-{Guid.NewGuid():N}";
        var clock = new SteppingClock(PortalFactory.Start);
        var a = Leases(clock);
        var runA = a.RunAsync(job, "A", TimeSpan.FromHours(1), async token =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            return true;
        }, CancellationToken.None);
        await UntilAsync(job, l => l.Holder == "A");

        // Another instance took the row (as after a stall longer than the lease).
        await factory.WithDbAsync((db, _) => db.JobLeases.Where(l => l.Name == job)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, "B")));
        await clock.UntilSomethingWaitsAsync();
        clock.Advance(Settings.RenewEvery);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runA.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("B", (await factory.WithDbAsync((db, _) => db.JobLeases.SingleAsync(l => l.Name == job))).Holder);
    }

    [Fact]
    public async Task A_job_running_when_its_instance_shuts_down_gives_the_lease_back_at_once()
    {
        var job = $"afsluiten-{Guid.NewGuid():N}";
        var started = new TaskCompletionSource();
        var instance = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IHostedService>(provider => new EndlessJob(provider.GetRequiredService<JobLeases>(), job, started))));
        _ = instance.Services;
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("stopper", (await factory.WithDbAsync((db, _) => db.JobLeases.SingleAsync(l => l.Name == job))).Holder);

        // Graceful stop (SIGTERM does the same): the host cancels the job and waits for it.
        await instance.DisposeAsync();

        var lease = await factory.WithDbAsync((db, _) => db.JobLeases.AsNoTracking().SingleAsync(l => l.Name == job));
        Assert.Equal(string.Empty, lease.Holder);
        Assert.Null(lease.ExpiresAt);
        Assert.True(await factory.Services.GetRequiredService<JobLeases>().TryAcquireAsync(job, "opvolger", Settings.Lease));
    }

    [Fact]
    public async Task A_finished_run_keeps_other_instances_away_for_its_spacing_but_not_longer()
    {
        var job = $"tussenruimte-{Guid.NewGuid():N}";
        var clock = new SteppingClock(PortalFactory.Start);
        var a = Leases(clock);
        var b = Leases(clock);

        Assert.True((await a.RunAsync(job, "A", TimeSpan.FromMinutes(15), _ => Task.FromResult(1), CancellationToken.None)).Ran);
        var skipped = await b.RunAsync(job, "B", TimeSpan.FromMinutes(15), _ => Task.FromResult(2), CancellationToken.None);
        Assert.False(skipped.Ran);
        Assert.Equal("A", skipped.Holder);

        clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(2, (await b.RunAsync(job, "B", TimeSpan.FromMinutes(15), _ => Task.FromResult(2), CancellationToken.None)).Result);
    }

    private JobLeases Leases(TimeProvider clock) => new(
        factory.Services.GetRequiredService<IServiceScopeFactory>(),
        clock,
        Options.Create(Settings),
        NullLogger<JobLeases>.Instance);

    /// <summary>Waits (up to ten seconds, polling) until the lease row satisfies <paramref name="condition"/>.</summary>
    private async Task UntilAsync(string job, Func<JobLease, bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        JobLease? lease = null;
        while (DateTime.UtcNow < deadline)
        {
            lease = await factory.WithDbAsync((db, _) => db.JobLeases.AsNoTracking().SingleOrDefaultAsync(l => l.Name == job));
            if (lease is not null && condition(lease))
            {
                return;
            }

            await Task.Delay(20);
        }

        Assert.Fail($"Lease {job} did not get there: holder '{lease?.Holder}', until {lease?.ExpiresAt}");
    }

    /// <summary>A background job that runs until the host stops, like a long alert run during a deployment.</summary>
    private sealed class EndlessJob(JobLeases leases, string job, TaskCompletionSource started) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            try
            {
                await leases.RunAsync(job, "stopper", TimeSpan.FromHours(1), async token =>
                {
                    started.TrySetResult();
                    await Task.Delay(Timeout.InfiniteTimeSpan, token);
                    return true;
                }, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping is what the test asks for.
            }
        }
    }
}
