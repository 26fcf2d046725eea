namespace VrijwilligersPortal.Web.Features.Account.Sessions;

/// <summary>Configuration section <c>Sessions</c>: how long a login lasts at most, however active (ADR 0068).</summary>
public sealed class LoginSessionOptions
{
    public const string Section = "Sessions";

    /// <summary>Volunteers and organisation members.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Staff and administrators: they see case notes and support needs.</summary>
    public TimeSpan StaffLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How long one instance trusts what it read about a session; another instance's logout reaches it within this time.</summary>
    public TimeSpan CheckCacheTime { get; set; } = TimeSpan.FromSeconds(30);
}
