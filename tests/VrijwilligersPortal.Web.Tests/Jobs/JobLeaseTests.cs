using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Infrastructure.Jobs;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.Tests.Features.BackOffice;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Audit;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Organisations;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Settings;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Staff;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Volunteers;

namespace VrijwilligersPortal.Web.Tests.Jobs;

/// <summary>Two portal instances on one database, each with its own <see cref="JobLeases"/>.</summary>
public sealed class TwoInstancesFixture : PortalFactory, IAsyncLifetime
{
    public WebApplicationFactory<Program> Other { get; private set; } = null!;

    public JobLeases LeasesA => Services.GetRequiredService<JobLeases>();

    public JobLeases LeasesB => Other.Services.GetRequiredService<JobLeases>();

    public Task InitializeAsync()
    {
        // The first host migrates the database before the second starts on it.
        _ = Services;
        Other = WithWebHostBuilder(_ => { });
        _ = Other.Services;
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class JobLeaseTests(TwoInstancesFixture instances) : IClassFixture<TwoInstancesFixture>
{
    private static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task A_held_lease_is_refused_to_another_instance_until_it_expires_and_is_then_taken_over()
    {
        var job = UniqueJob("vacature-alerts");

        Assert.True(await instances.LeasesA.TryAcquireAsync(job, "A", FiveMinutes));
        Assert.False(await instances.LeasesB.TryAcquireAsync(job, "B", FiveMinutes));

        instances.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.False(await instances.LeasesB.TryAcquireAsync(job, "B", FiveMinutes));

        instances.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await instances.LeasesB.TryAcquireAsync(job, "B", FiveMinutes));

        // A crashed or stalled past its lease: it may not carry on as if it still held it.
        Assert.False(await instances.LeasesA.TryAcquireAsync(job, "A", FiveMinutes));
        Assert.Equal("B", await HolderAsync(job));
    }

    [Fact]
    public async Task The_holder_extends_its_own_lease_before_it_expires()
    {
        var job = UniqueJob("bewaartermijn");
        Assert.True(await instances.LeasesA.TryAcquireAsync(job, "A", FiveMinutes));

        instances.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.True(await instances.LeasesA.TryAcquireAsync(job, "A", FiveMinutes));

        // Six minutes after the first claim the extended lease still runs.
        instances.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.False(await instances.LeasesB.TryAcquireAsync(job, "B", FiveMinutes));
        Assert.Equal("A", await HolderAsync(job));
    }

    [Fact]
    public async Task Of_instances_claiming_a_new_lease_at_the_same_moment_exactly_one_wins()
    {
        for (var round = 0; round < 20; round++)
        {
            var job = UniqueJob("nieuw");

            var winners = await RaceAsync(job);

            Assert.Single(winners);
            Assert.Equal(winners[0], await HolderAsync(job));
        }
    }

    [Fact]
    public async Task Of_instances_taking_over_an_expired_lease_at_the_same_moment_exactly_one_wins()
    {
        for (var round = 0; round < 20; round++)
        {
            var job = UniqueJob("verlopen");
            Assert.True(await instances.LeasesA.TryAcquireAsync(job, "gestopt", TimeSpan.FromMinutes(1)));
            instances.Clock.Advance(TimeSpan.FromMinutes(2));

            var winners = await RaceAsync(job);

            Assert.Single(winners);
            Assert.Equal(winners[0], await HolderAsync(job));
        }
    }

    /// <summary>Four claimers, two per instance, released at the same moment; returns who won.</summary>
    private async Task<List<string>> RaceAsync(string job)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var claimers = new (string Holder, JobLeases Leases)[]
        {
            ("A1", instances.LeasesA), ("B1", instances.LeasesB), ("A2", instances.LeasesA), ("B2", instances.LeasesB),
        };
        var claims = claimers.Select(c => Task.Run(async () =>
        {
            await start.Task;
            return (c.Holder, Won: await c.Leases.TryAcquireAsync(job, c.Holder, FiveMinutes));
        })).ToList();

        start.SetResult();
        var results = await Task.WhenAll(claims);
        return results.Where(r => r.Won).Select(r => r.Holder).ToList();
    }

    private Task<string> HolderAsync(string job) =>
        instances.WithDbAsync((db, _) => db.JobLeases.Where(l => l.Name == job).Select(l => l.Holder).SingleAsync());

    private static string UniqueJob(string name) => $"{name}-{Guid.NewGuid():N}";
}
