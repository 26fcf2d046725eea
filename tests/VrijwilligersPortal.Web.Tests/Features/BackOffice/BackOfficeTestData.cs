using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Audit;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Organisations;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Settings;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Staff;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Volunteers;
using VrijwilligersPortal.Web.Tests.Jobs;

namespace VrijwilligersPortal.Web.Tests.Features.BackOffice;

internal static class BackOfficeTestData
{
    /// <summary>A signed-in staff member (or administrator).</summary>
    public static async Task<(PortalClient Client, PortalUser User)> SignedInStaffAsync(this PortalFactory factory, string role = PortalRoles.Staff, string name = "Mila Medewerker")
    {
        var user = await factory.UserAsync(role, name: name);
        var client = factory.CreatePortalClient();
        await client.LogInAsync(user.Email!);
        return (client, user);
    }

    public static Task<List<AuditEntry>> AuditAsync(this PortalFactory factory, string action) =>
        factory.WithDbAsync((db, _) => db.AuditEntries.AsNoTracking().Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync());
}
