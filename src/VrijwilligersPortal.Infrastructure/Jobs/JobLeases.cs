using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Infrastructure.Jobs;

/// <summary>
/// Lets one instance at a time run a background job when several run behind a proxy: before each
/// run a job claims its named lease for a while; an instance that does not get it skips the run.
/// The database decides who wins, so no instance needs to know about the others (docs/adr).
/// Each call uses its own <see cref="PortalDbContext"/>, so it never saves a caller's changes.
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
        var now = clock.GetUtcNow();
        var until = now + duration;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        // One conditional UPDATE: of two instances racing for an expired lease, the database lets
        // only the first change the row; the second then no longer matches the condition.
        var claimed = await db.JobLeases
            .Where(l => l.Name == job && (l.Holder == holder || l.ExpiresAt <= now))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        if (claimed == 1)
        {
            return true;
        }

        if (await db.JobLeases.AnyAsync(l => l.Name == job, cancellationToken))
        {
            return false;
        }

        // The job's first run anywhere: the primary key lets only one of two racing inserts through.
        db.JobLeases.Add(new JobLease(job, holder, until));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.JobLeases.AnyAsync(l => l.Name == job, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }
}
