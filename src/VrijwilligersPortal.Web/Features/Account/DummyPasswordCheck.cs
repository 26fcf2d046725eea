using Microsoft.AspNetCore.Identity;
using VrijwilligersPortal.Infrastructure.Identity;

namespace VrijwilligersPortal.Web.Features.Account;

/// <summary>
/// Verifies a password against a hash nobody's password matches, so that a login for an unknown or
/// locked account costs the same hashing time as a wrong password for a real one.
/// </summary>
internal static class DummyPasswordCheck
{
    private static readonly PortalUser Nobody = new();

    private static string? _hash;

    public static void Verify(IPasswordHasher<PortalUser> hasher, string password)
    {
        _hash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(Nobody, _hash, password);
    }
}
