using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Features.BackOffice.Mediations;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Mediations;

/// <summary>Records what the mediation pages send to the audit seam, across requests.</summary>
public sealed class RecordingAudit : IMediationAudit
{
    private readonly List<(Guid StaffUserId, string Action, int MediationId)> _entries = [];

    public IReadOnlyList<(Guid StaffUserId, string Action, int MediationId)> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public Task RecordAsync(Guid staffUserId, string action, int mediationId)
    {
        lock (_entries)
        {
            _entries.Add((staffUserId, action, mediationId));
        }

        return Task.CompletedTask;
    }
}

/// <summary>The portal with two staff members and a recording audit double.</summary>
public class MediationFixture : PortalFactory, IAsyncLifetime
{
    public RecordingAudit Audit { get; } = new();

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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IMediationAudit>(Audit));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
