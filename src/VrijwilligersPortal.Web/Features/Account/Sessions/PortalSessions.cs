using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Features.Account.Sessions;

/// <summary>
/// Server-side sessions behind the auth cookie (ADR 0068): every sign-in starts a
/// <see cref="UserSession"/> whose id goes into the cookie as a claim, every request checks that the
/// session is still active (with a short cache), and logging out ends it, so a copied cookie is
/// worthless afterwards. Staff sessions end sooner than others.
/// </summary>
public sealed class PortalSessions(PortalDbContext db, TimeProvider clock, IMemoryCache cache, IOptions<LoginSessionOptions> options)
{
    public const string ClaimType = "vp:sid";

    public static Guid? IdOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimType), out var id) ? id : null;

    /// <summary>Cookie event: a sign-in (password, second factor, refresh) starts a new session and replaces this browser's old one.</summary>
    public async Task OnSigningInAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity
            || !Guid.TryParse(context.Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (IdOf(context.HttpContext.User) is { } previous)
        {
            await EndAsync(previous);
        }

        var staff = context.Principal.IsInRole(PortalRoles.Staff) || context.Principal.IsInRole(PortalRoles.Admin);
        var session = UserSession.Start(userId, now, staff ? options.Value.StaffLifetime : options.Value.Lifetime);
        db.UserSessions.Add(session);
        await db.SaveChangesAsync();

        foreach (var old in identity.FindAll(ClaimType).ToList())
        {
            identity.RemoveClaim(old);
        }

        identity.AddClaim(new Claim(ClaimType, session.Id.ToString("D")));
    }

    /// <summary>Cookie event: the cookie counts only while its session is active; then Identity's security stamp check.</summary>
    public async Task OnValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null || IdOf(context.Principal) is not { } id || !await IsActiveAsync(id))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    public async Task<bool> IsActiveAsync(Guid id)
    {
        var expiresAt = await cache.GetOrCreateAsync(CacheKey(id), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = options.Value.CheckCacheTime;
            var session = await db.UserSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id);
            return session is { EndedAt: null } ? session.ExpiresAt : (DateTimeOffset?)null;
        });
        return expiresAt is { } end && clock.GetUtcNow() < end;
    }

    public async Task EndAsync(Guid id)
    {
        var session = await db.UserSessions.FirstOrDefaultAsync(s => s.Id == id);
        session?.End(clock.GetUtcNow());
        await db.SaveChangesAsync();
        cache.Remove(CacheKey(id));
    }

    /// <summary>Ends every active session of the person (log out everywhere, new password), except <paramref name="keep"/>.</summary>
    public async Task<int> EndAllAsync(Guid userId, Guid? keep = null)
    {
        var now = clock.GetUtcNow();
        var active = await db.UserSessions.Where(s => s.UserId == userId && s.EndedAt == null && s.Id != keep).ToListAsync();
        foreach (var session in active)
        {
            session.End(now);
        }

        await db.SaveChangesAsync();
        foreach (var session in active)
        {
            cache.Remove(CacheKey(session.Id));
        }

        return active.Count(s => s.ExpiresAt > now);
    }

    /// <summary>The person's sessions that still count, newest first, for the account settings page.</summary>
    public async Task<IReadOnlyList<UserSession>> ActiveAsync(Guid userId)
    {
        var now = clock.GetUtcNow();
        var open = await db.UserSessions.AsNoTracking().Where(s => s.UserId == userId && s.EndedAt == null).ToListAsync();
        return open.Where(s => s.IsActiveAt(now)).OrderByDescending(s => s.StartedAt).ToList();
    }

    private static string CacheKey(Guid id) => "vp-session:" + id.ToString("N");
}
