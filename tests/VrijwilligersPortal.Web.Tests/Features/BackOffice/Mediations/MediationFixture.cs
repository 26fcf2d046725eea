using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Features.BackOffice.Mediations;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.BackOffice.Mediations;

/// <summary>
/// What the mediation pages wrote to the centre's audit log (the real table, through
/// <see cref="DatabaseMediationAudit"/>), read back as (who, what, which case).
/// </summary>
public sealed class StoredAudit(PortalFactory factory)
{
    public IReadOnlyList<(Guid StaffUserId, string Action, int MediationId)> Entries =>
        factory.WithDbAsync(async (db, _) =>
        {
            var rows = await db.AuditEntries.AsNoTracking()
                .Where(e => e.RecordType == DatabaseMediationAudit.RecordType)
                .OrderBy(e => e.Id)
                .Select(e => new { e.UserId, e.Action, e.RecordId })
                .ToListAsync();
            return (IReadOnlyList<(Guid, string, int)>)rows
                .Select(e => (e.UserId, e.Action, int.Parse(e.RecordId!, CultureInfo.InvariantCulture)))
                .ToList();
        }).GetAwaiter().GetResult();
}

/// <summary>The portal with two staff members; the audit is the real one, read back through <see cref="Audit"/>.</summary>
public class MediationFixture : PortalFactory, IAsyncLifetime
{
    public MediationFixture()
    {
        Audit = new StoredAudit(this);
    }

    public StoredAudit Audit { get; }

    public PortalUser Staff { get; private set; } = null!;

    public PortalUser Colleague { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Staff = await this.UserAsync(PortalRoles.Staff, name: "Mieke Jansen");
        Colleague = await this.UserAsync(PortalRoles.Admin, name: "Ahmed Yilmaz");
    }

    public async Task<PortalClient> SignedInAsync(PortalUser user)
    {
        var client = CreatePortalClient();
        await client.LogInAsync(user.Email!);
        return client;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
