using Microsoft.AspNetCore.Identity;

namespace VrijwilligersPortal.Infrastructure.Identity;

/// <summary>A login. What the person is (volunteer, organisation member, staff) lives in the domain and in roles.</summary>
public sealed class PortalUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastLoginAt { get; set; }

    /// <summary>When the retention job warned this inactive account that it will be erased; cleared by logging in.</summary>
    public DateTimeOffset? InactivityWarnedAt { get; set; }
}
