using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Infrastructure.DataProtection;

/// <summary>
/// Keeps the Data Protection key ring (which signs the login, antiforgery and message cookies) in
/// the portal's database, so every instance behind a proxy reads and writes the same keys and a
/// cookie issued by one is accepted by all. Our own small version of
/// Microsoft.AspNetCore.DataProtection.EntityFrameworkCore, which is not on our package mirror.
/// </summary>
public sealed class DatabaseXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return db.DataProtectionKeys.AsNoTracking()
            .OrderBy(k => k.Id)
            .Select(k => k.Xml)
            .AsEnumerable()
            .Select(XElement.Parse)
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKey(friendlyName, element.ToString(SaveOptions.DisableFormatting)));
        db.SaveChanges();
    }
}

public static class DatabaseXmlRepositoryRegistration
{
    /// <summary>Stores the key ring in the <c>DataProtectionKeys</c> table of <see cref="PortalDbContext"/>.</summary>
    public static IDataProtectionBuilder PersistKeysToPortalDatabase(this IDataProtectionBuilder builder)
    {
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceScopeFactory>((options, scopes) => options.XmlRepository = new DatabaseXmlRepository(scopes));
        return builder;
    }
}
