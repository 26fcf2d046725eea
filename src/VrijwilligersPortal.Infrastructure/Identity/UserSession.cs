namespace VrijwilligersPortal.Infrastructure.Identity;

/// <summary>
/// One login on one browser. The auth cookie carries only its id; the cookie is worth something
/// while this row says the session is active, so logging out (or out everywhere) ends it at once
/// and the absolute lifetime holds however often the cookie slides.
/// </summary>
public sealed class UserSession
{
    private UserSession()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public static UserSession Start(Guid userId, DateTimeOffset now, TimeSpan lifetime) =>
        new() { Id = Guid.NewGuid(), UserId = userId, StartedAt = now, ExpiresAt = now + lifetime };

    public bool IsActiveAt(DateTimeOffset now) => EndedAt is null && now < ExpiresAt;

    public void End(DateTimeOffset at) => EndedAt ??= at;
}
