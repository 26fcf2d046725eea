using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Organisations;

/// <summary>
/// A member asked a colleague by e-mail to join the organisation. The link in that e-mail carries a
/// random token; only its hash is stored, so a copy of the database cannot be used to join. The
/// link works once and for <see cref="ValidFor"/>.
/// </summary>
public sealed class Invitation
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(7);

    private Invitation()
    {
        Email = string.Empty;
        TokenHash = string.Empty;
    }

    internal Invitation(string email, string tokenHash, Guid invitedBy, DateTimeOffset at)
    {
        Email = Guard.Text(email, 254, "Geef het e-mailadres van je collega.");
        TokenHash = Guard.Text(tokenHash, 100, "Een uitnodiging heeft een code nodig.");
        InvitedBy = invitedBy;
        CreatedAt = at;
        ExpiresAt = at + ValidFor;
    }

    public int Id { get; private set; }

    public int OrganisationId { get; private set; }

    /// <summary>Where the link was sent; whoever opens it may join with any account.</summary>
    public string Email { get; private set; }

    public string TokenHash { get; private set; }

    public Guid InvitedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public Guid? AcceptedBy { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsOpenAt(DateTimeOffset at) => AcceptedAt is null && RevokedAt is null && at < ExpiresAt;

    internal void Accept(Guid userId, DateTimeOffset at)
    {
        AcceptedAt = at;
        AcceptedBy = userId;
    }

    internal void Revoke(DateTimeOffset at) => RevokedAt = at;
}
