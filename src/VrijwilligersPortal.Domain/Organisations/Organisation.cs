using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Organisations;

/// <summary>
/// A club, foundation or institution that posts vacancies. It stays <see cref="OrganisationStatus.Pending"/>
/// until centre staff approve it; only approved organisations have public vacancies.
/// </summary>
public sealed class Organisation
{
    private readonly List<OrganisationMember> _members = [];
    private readonly List<StatusChange<OrganisationStatus>> _history = [];
    private readonly List<Invitation> _invitations = [];

    private Organisation()
    {
        Name = string.Empty;
        Postcode = string.Empty;
        Place = string.Empty;
        Description = string.Empty;
        ContactName = string.Empty;
        ContactEmail = string.Empty;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public OrganisationKind Kind { get; private set; }

    /// <summary>The KvK number or Belgian ondernemingsnummer, digits only (<see cref="Organisations.CompanyNumber"/>).</summary>
    public string? CompanyNumber { get; private set; }

    public string? Street { get; private set; }

    public string Postcode { get; private set; }

    public string Place { get; private set; }

    public string? Website { get; private set; }

    public string Description { get; private set; }

    public string ContactName { get; private set; }

    public string ContactEmail { get; private set; }

    public string? ContactPhone { get; private set; }

    public OrganisationStatus Status { get; private set; }

    /// <summary>Why staff rejected or suspended the organisation; shown to its members.</summary>
    public string? StatusReason { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public IReadOnlyList<OrganisationMember> Members => _members;

    public IReadOnlyList<StatusChange<OrganisationStatus>> History => _history;

    /// <summary>The invitations, when loaded; <see cref="AcceptInvitation"/> needs them.</summary>
    public IReadOnlyList<Invitation> Invitations => _invitations;

    public bool IsApproved => Status == OrganisationStatus.Approved;

    /// <summary>
    /// Set for the record of an organisation at another centre whose vacancies are imported
    /// (docs/adr/0150): it has no members here, so nobody here can post or edit for it.
    /// </summary>
    public int? ExchangeSourceId { get; private set; }

    /// <summary>The organisation's id at the source centre; unique per source.</summary>
    public int? SourceOrganisationId { get; private set; }

    public bool IsImported => ExchangeSourceId is not null;

    /// <summary>
    /// An organisation known only from another centre's feed: approved there, so its vacancies are
    /// public here as they are there. No status history: it never counts as registered or approved here.
    /// </summary>
    public static Organisation Imported(int exchangeSourceId, int sourceOrganisationId, string name, string? website, DateTimeOffset at)
    {
        var organisation = new Organisation
        {
            Status = OrganisationStatus.Approved,
            RegisteredAt = at,
            ExchangeSourceId = exchangeSourceId,
            SourceOrganisationId = sourceOrganisationId,
        };
        organisation.UpdateImported(name, website);
        return organisation;
    }

    /// <summary>The source renamed the organisation or changed its website.</summary>
    public void UpdateImported(string name, string? website)
    {
        Guard.That(IsImported, "Alleen een organisatie van een andere centrale wordt bijgewerkt vanuit de bron.");
        Name = Guard.Text(name, 150, "De naam van de organisatie ontbreekt of is te lang.");
        Website = Guard.OptionalText(website, 300, "Het webadres is te lang.");
    }

    public static Organisation Register(OrganisationProfile profile, Guid registeredBy, DateTimeOffset at)
    {
        var organisation = new Organisation { Status = OrganisationStatus.Pending, RegisteredAt = at };
        organisation.UpdateProfile(profile);
        organisation._members.Add(new OrganisationMember(registeredBy, at));
        organisation._history.Add(new StatusChange<OrganisationStatus>(null, OrganisationStatus.Pending, at, registeredBy));
        return organisation;
    }

    public void UpdateProfile(OrganisationProfile profile)
    {
        Name = Guard.Text(profile.Name, 150, "Geef de naam van de organisatie (hoogstens 150 tekens).");
        Kind = profile.Kind;
        CompanyNumber = profile.CompanyNumber is { Length: > 0 } number
            ? (Organisations.CompanyNumber.IsKvkNumber(number) || Organisations.CompanyNumber.IsEnterpriseNumber(number)
                ? number
                : throw new DomainException("Een KvK-nummer heeft 8 cijfers, een ondernemingsnummer 10 cijfers met een kloppend controlegetal."))
            : null;
        Street = Guard.OptionalText(profile.Street, 150, "Het adres is te lang.");
        Postcode = Guard.Text(profile.Postcode, 10, "Geef de postcode van de organisatie.");
        Place = Guard.Text(profile.Place, 100, "Geef de plaats van de organisatie.");
        Website = Guard.OptionalText(profile.Website, 300, "Het webadres is te lang.");
        Description = Guard.Text(profile.Description, 2000, "Beschrijf de organisatie in hoogstens 2000 tekens.");
        ContactName = Guard.Text(profile.ContactName, 100, "Geef de naam van de contactpersoon.");
        ContactEmail = Guard.Text(profile.ContactEmail, 254, "Geef het e-mailadres van de contactpersoon.");
        ContactPhone = Guard.OptionalText(profile.ContactPhone, 30, "Het telefoonnummer is te lang.");
    }

    public void Approve(Guid by, DateTimeOffset at)
    {
        Move(OrganisationStatus.Approved, by, at, null, OrganisationStatus.Pending);
        StatusReason = null;
    }

    public void Reject(string reason, Guid by, DateTimeOffset at)
    {
        var why = Guard.Text(reason, 1000, "Geef een reden voor de afwijzing; de organisatie krijgt die te zien.");
        Move(OrganisationStatus.Rejected, by, at, why, OrganisationStatus.Pending);
        StatusReason = why;
    }

    public void Suspend(string reason, Guid by, DateTimeOffset at)
    {
        var why = Guard.Text(reason, 1000, "Geef een reden voor de schorsing; de organisatie krijgt die te zien.");
        Move(OrganisationStatus.Suspended, by, at, why, OrganisationStatus.Approved);
        StatusReason = why;
    }

    public void Reinstate(Guid by, DateTimeOffset at)
    {
        Move(OrganisationStatus.Approved, by, at, null, OrganisationStatus.Suspended);
        StatusReason = null;
    }

    public bool IsMember(Guid userId) => _members.Exists(m => m.UserId == userId);

    public void AddMember(Guid userId, DateTimeOffset at)
    {
        Guard.That(!IsMember(userId), "Deze persoon is al lid van de organisatie.");
        _members.Add(new OrganisationMember(userId, at));
    }

    public void RemoveMember(Guid userId)
    {
        var member = _members.Find(m => m.UserId == userId)
            ?? throw new DomainException("Deze persoon is geen lid van de organisatie.");
        Guard.That(_members.Count > 1, "Het laatste lid kan niet worden verwijderd; een organisatie heeft altijd een contactpersoon.");
        _members.Remove(member);
    }

    /// <summary>
    /// A member invites a colleague. An earlier open invitation to the same address stops working,
    /// so only the newest link is valid.
    /// </summary>
    public Invitation Invite(string email, string tokenHash, Guid by, DateTimeOffset at)
    {
        Guard.That(IsMember(by), "Alleen leden van de organisatie kunnen collega's uitnodigen.");
        var invitation = new Invitation(email, tokenHash, by, at);
        foreach (var earlier in _invitations.Where(i => i.IsOpenAt(at) && i.Email.Equals(invitation.Email, StringComparison.OrdinalIgnoreCase)))
        {
            earlier.Revoke(at);
        }

        _invitations.Add(invitation);
        return invitation;
    }

    /// <summary>Whoever holds the link joins with their own account, once, within the week.</summary>
    public void AcceptInvitation(string tokenHash, Guid userId, DateTimeOffset at)
    {
        var invitation = _invitations.Find(i => i.TokenHash == tokenHash);
        Guard.That(invitation is not null && invitation.IsOpenAt(at), "Deze uitnodiging is verlopen, ingetrokken of al gebruikt. Vraag je collega om een nieuwe.");
        Guard.That(!IsMember(userId), "Je bent al lid van deze organisatie.");
        AddMember(userId, at);
        invitation!.Accept(userId, at);
    }

    public void RevokeInvitation(int invitationId, DateTimeOffset at)
    {
        var invitation = _invitations.Find(i => i.Id == invitationId)
            ?? throw new DomainException("Deze uitnodiging bestaat niet.");
        Guard.That(invitation.IsOpenAt(at), "Deze uitnodiging is al gebruikt, verlopen of ingetrokken.");
        invitation.Revoke(at);
    }

    private void Move(OrganisationStatus to, Guid by, DateTimeOffset at, string? note, OrganisationStatus allowedFrom)
    {
        if (Status != allowedFrom)
        {
            throw new DomainException(
                "Een organisatie met status '{0}' kan niet naar '{1}'.",
                DutchNames.Of(Status),
                DutchNames.Of(to));
        }

        _history.Add(new StatusChange<OrganisationStatus>(Status, to, at, by, note));
        Status = to;
    }
}
