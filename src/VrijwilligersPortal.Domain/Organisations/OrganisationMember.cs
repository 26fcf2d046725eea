namespace VrijwilligersPortal.Domain.Organisations;

/// <summary>A person (user account) who may act for an organisation.</summary>
public sealed class OrganisationMember
{
    private OrganisationMember()
    {
    }

    internal OrganisationMember(Guid userId, DateTimeOffset joinedAt)
    {
        UserId = userId;
        JoinedAt = joinedAt;
    }

    public int OrganisationId { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset JoinedAt { get; private set; }
}
