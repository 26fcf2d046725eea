using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Centre;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Hosting;

/// <summary>
/// The centre's settings as an administrator changed them (the <c>CentreSettings</c> row), applied
/// on top of configuration every time <c>IOptionsSnapshot&lt;CentreOptions&gt;</c> is built, so a
/// change applies to the next request without a restart (docs/adr/0042). The row is kept in memory
/// and read again after <see cref="Lifetime"/>, or at once on this instance after a save.
/// </summary>
public sealed class CentreSettingsCache(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>How stale another instance's copy may get after an administrator saves.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(5);

    private readonly Lock _lock = new();
    private Snapshot? _snapshot;

    /// <summary>The stored overrides, or null when the administrator never changed anything.</summary>
    public CentreSettings? Overrides
    {
        get
        {
            var now = clock.GetUtcNow();
            lock (_lock)
            {
                if (_snapshot is null || now - _snapshot.LoadedAt > Lifetime || now < _snapshot.LoadedAt)
                {
                    // Options are built synchronously; this runs at most twice a minute per instance.
                    using var scope = scopes.CreateScope();
                    var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                    try
                    {
                        _snapshot = new Snapshot(db.CentreSettings.AsNoTracking().SingleOrDefault(), now);
                    }
                    catch (Exception failure) when (DatabaseFailures.IsUnavailable(failure))
                    {
                        // The database is away: keep what we knew (or the configuration) so the
                        // "not reachable" page itself still renders, and look again in a few seconds.
                        _snapshot = new Snapshot(_snapshot?.Settings, now - Lifetime + RetryAfterFailure);
                    }
                }

                return _snapshot.Settings;
            }
        }
    }

    /// <summary>After a save: the next read goes to the database.</summary>
    public void Invalidate()
    {
        lock (_lock)
        {
            _snapshot = null;
        }
    }

    public static void Apply(CentreSettings? overrides, CentreOptions options)
    {
        if (overrides is null)
        {
            return;
        }

        options.Name = overrides.Name ?? options.Name;
        options.Tagline = overrides.Tagline ?? options.Tagline;
        options.Country = overrides.Country ?? options.Country;
        options.LogoPath = overrides.LogoPath ?? options.LogoPath;
        options.PrimaryColor = overrides.PrimaryColor ?? options.PrimaryColor;
        options.AccentColor = overrides.AccentColor ?? options.AccentColor;
        options.ContactEmail = overrides.ContactEmail ?? options.ContactEmail;
        options.ContactPhone = overrides.ContactPhone ?? options.ContactPhone;
        options.Address = overrides.Address ?? options.Address;
        options.ReviewVacancies = overrides.ReviewVacancies ?? options.ReviewVacancies;
        options.ShowImpactOnHome = overrides.ShowImpactOnHome ?? options.ShowImpactOnHome;
        options.UnansweredAfterDays = overrides.UnansweredAfterDays ?? options.UnansweredAfterDays;
        options.FollowUpAfterWeeks = overrides.FollowUpAfterWeeks ?? options.FollowUpAfterWeeks;
        options.InactiveAfterMonths = overrides.InactiveAfterMonths ?? options.InactiveAfterMonths;
        options.EraseAfterWarningDays = overrides.EraseAfterWarningDays ?? options.EraseAfterWarningDays;
        if (overrides.EmbedOrigins is { } origins)
        {
            options.EmbedOrigins = origins.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
    }

    private sealed record Snapshot(CentreSettings? Settings, DateTimeOffset LoadedAt);
}

/// <summary>Puts the stored overrides on top of the configured <see cref="CentreOptions"/>.</summary>
internal sealed class ApplyCentreSettings(CentreSettingsCache cache) : IPostConfigureOptions<CentreOptions>
{
    public void PostConfigure(string? name, CentreOptions options) => CentreSettingsCache.Apply(cache.Overrides, options);
}
