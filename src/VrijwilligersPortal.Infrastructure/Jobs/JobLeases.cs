using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Infrastructure.Jobs;

/// <summary>
/// Lets one instance at a time run a background job when several run behind a proxy: before each
/// run a job claims its named lease for a while; an instance that does not get it skips the run.
/// The database decides who wins, so no instance needs to know about the others
/// (docs/adr/0016-several-instances.md). Each call uses its own <see cref="PortalDbContext"/>, so
/// it never saves a caller's pending changes.
/// </summary>
public sealed class JobLeases(IServiceScopeFactory scopes, TimeProvider clock)
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

    /// <summary>
    /// Adds the job's row unless it exists, without failing when another instance adds it at the
    /// same moment: <c>ON CONFLICT DO NOTHING</c> on SQLite and PostgreSQL; SQL Server has no such
    /// clause, so there the existence check holds a key-range lock until the insert is done.
    /// </summary>
    public static FormattableString InsertIfMissing(bool sqlServer, string job) => sqlServer
        ? (FormattableString)$"INSERT INTO \"JobLeases\" (\"Name\", \"Holder\") SELECT {job}, N'' WHERE NOT EXISTS (SELECT 1 FROM \"JobLeases\" WITH (UPDLOCK, HOLDLOCK) WHERE \"Name\" = {job})"
        : $"INSERT INTO \"JobLeases\" (\"Name\", \"Holder\") VALUES ({job}, '') ON CONFLICT (\"Name\") DO NOTHING";
}
