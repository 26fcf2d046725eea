using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Exchange;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Taxonomy;

namespace VrijwilligersPortal.Domain.Vacancies;

/// <summary>
/// A piece of volunteer work an organisation offers (vacature). Draft → Submitted → Published →
/// Closed, with Paused and Expired on the side. Only Published vacancies of approved organisations
/// are public, and a published vacancy whose end date has passed counts as expired even before
/// anything marks it so.
/// </summary>
public sealed class Vacancy
{
    private const string ImportedRefusal = "Deze vacature komt van een andere vrijwilligerscentrale; die beheert haar.";

    private readonly List<StatusChange<VacancyStatus>> _history = [];
    private readonly List<Skill> _skills = [];
    private readonly List<SuitableForTag> _suitableFor = [];
    private readonly List<Application> _applications = [];

    private Vacancy()
    {
        Title = string.Empty;
        Description = string.Empty;
        ContactName = string.Empty;
        ContactEmail = string.Empty;
    }

    public int Id { get; private set; }

    public int OrganisationId { get; private set; }

    public Organisation? Organisation { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    /// <summary>The organisation's own English title, beside the Dutch one (content stays in the language it was written in).</summary>
    public string? EnglishTitle { get; private set; }

    /// <summary>The organisation's own short English summary of the work.</summary>
    public string? EnglishSummary { get; private set; }

    public int CategoryId { get; private set; }

    public Category? Category { get; private set; }

    public IReadOnlyList<Skill> Skills => _skills;

    public IReadOnlyList<SuitableForTag> SuitableFor => _suitableFor;

    public bool IsRemote { get; private set; }

    public string? Postcode { get; private set; }

    public string? Place { get; private set; }

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public GeoPoint? Location => Latitude is { } lat && Longitude is { } lon ? new GeoPoint(lat, lon) : null;

    public Commitment Commitment { get; private set; }

    public WeekSchedule Schedule { get; private set; }

    public int? HoursPerWeek { get; private set; }

    public DateOnly? StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public int? Places { get; private set; }

    public int? MinimumAge { get; private set; }

    public bool RequiresVog { get; private set; }

    public string ContactName { get; private set; }

    public string ContactEmail { get; private set; }

    public string? ContactPhone { get; private set; }

    public VacancyStatus Status { get; private set; }

    public ClosedReason? ClosedReason { get; private set; }

    /// <summary>The comment staff left when sending a submitted vacancy back to the organisation.</summary>
    public string? ReviewComment { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When the vacancy was first published; "newest" sorts on this.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    public int ViewCount { get; private set; }

    /// <summary>
    /// Concurrency token, bumped by every change that depends on the current state (applying for a
    /// place above all) so that two requests racing for the last place cannot both succeed.
    /// </summary>
    public int Version { get; private set; }

    public IReadOnlyList<StatusChange<VacancyStatus>> History => _history;

    /// <summary>Set for a vacancy imported from another centre's feed (docs/adr/0150); null for this centre's own.</summary>
    public int? ExchangeSourceId { get; private set; }

    public ExchangeSource? ExchangeSource { get; private set; }

    /// <summary>The vacancy's id at the source centre; unique per source.</summary>
    public int? SourceVacancyId { get; private set; }

    /// <summary>The vacancy's page at the source centre, where volunteers respond (absolute http(s)).</summary>
    public string? SourceUrl { get; private set; }

    /// <summary>Imported from another centre: nobody here edits it, applies to it or counts it as this centre's.</summary>
    public bool IsImported => ExchangeSourceId is not null;

    /// <summary>The applications, when loaded; <see cref="Apply"/> needs them for the capacity rule.</summary>
    public IReadOnlyList<Application> Applications => _applications;

    public static Vacancy CreateDraft(
        int organisationId,
        VacancyContent content,
        IEnumerable<Skill> skills,
        IEnumerable<SuitableForTag> suitableFor,
        Guid by,
        DateTimeOffset at)
    {
        var vacancy = new Vacancy
        {
            OrganisationId = organisationId,
            Status = VacancyStatus.Draft,
            CreatedAt = at,
        };
        vacancy.Edit(content, skills, suitableFor, at);
        vacancy._history.Add(new StatusChange<VacancyStatus>(null, VacancyStatus.Draft, at, by));
        return vacancy;
    }

    /// <summary>A new draft with the same content, for an organisation that posts similar work again.</summary>
    public Vacancy Duplicate(Guid by, DateTimeOffset at)
    {
        return CreateDraft(OrganisationId, Content() with { Title = Truncate($"{Title} (kopie)", 120) }, _skills, _suitableFor, by, at);
    }

    public void Edit(VacancyContent content, IEnumerable<Skill> skills, IEnumerable<SuitableForTag> suitableFor, DateTimeOffset at)
    {
        Guard.That(!IsImported, ImportedRefusal);
        Guard.That(Status is not (VacancyStatus.Closed or VacancyStatus.Expired), "Een gesloten of verlopen vacature kan niet meer worden gewijzigd.");
        Fill(content, skills, suitableFor, at, imported: false);
    }

    /// <summary>
    /// A vacancy from another centre's feed, public at once: its lifecycle is the source's, so no
    /// status history is written (the reports count this centre's own history only). It counts as
    /// published here when it arrives, so the alerts of the coming day or week include it.
    /// </summary>
    public static Vacancy Import(int exchangeSourceId, int sourceVacancyId, int organisationId, string sourceUrl, VacancyContent content, IEnumerable<SuitableForTag> suitableFor, DateTimeOffset at)
    {
        var vacancy = new Vacancy
        {
            ExchangeSourceId = exchangeSourceId,
            SourceVacancyId = sourceVacancyId,
            OrganisationId = organisationId,
            Status = VacancyStatus.Published,
            CreatedAt = at,
            PublishedAt = at,
        };
        vacancy.Fill(content, [], suitableFor, at, imported: true);
        vacancy.SourceUrl = ExchangeSource.SafeLink(sourceUrl) ?? throw new DomainException("Het adres van de vacature bij de bron is geen http(s)-adres.");
        return vacancy;
    }

    /// <summary>The source changed the vacancy (or published it again after it had gone): take its content over.</summary>
    public void UpdateImport(int organisationId, string sourceUrl, VacancyContent content, IEnumerable<SuitableForTag> suitableFor, DateTimeOffset at)
    {
        Guard.That(IsImported, "Alleen een overgenomen vacature wordt bijgewerkt vanuit de bron.");
        var link = ExchangeSource.SafeLink(sourceUrl) ?? throw new DomainException("Het adres van de vacature bij de bron is geen http(s)-adres.");
        Fill(content, [], suitableFor, at, imported: true);
        OrganisationId = organisationId;
        SourceUrl = link;
        Status = VacancyStatus.Published;
        ClosedReason = null;
    }

    /// <summary>The vacancy is gone at the source: it stops being public here (favourites keep pointing at a closed vacancy).</summary>
    public void WithdrawImport(DateTimeOffset at)
    {
        Guard.That(IsImported, "Alleen een overgenomen vacature wordt ingetrokken vanuit de bron.");
        Status = VacancyStatus.Closed;
        ClosedReason = Vacancies.ClosedReason.Withdrawn;
        UpdatedAt = at;
        Version++;
    }

    private void Fill(VacancyContent content, IEnumerable<Skill> skills, IEnumerable<SuitableForTag> suitableFor, DateTimeOffset at, bool imported)
    {
        Guard.That(content.IsRemote || content.Postcode is { Length: > 0 }, "Geef een postcode, of kies dat het werk vanuit huis kan.");
        Guard.That(content.Places is null or >= 1, "Het aantal plaatsen is minstens 1.");
        Guard.That(content.HoursPerWeek is null or (>= 1 and <= 60), "Het aantal uren per week ligt tussen 1 en 60.");
        Guard.That(content.MinimumAge is null or (>= 10 and <= 99), "De minimumleeftijd ligt tussen 10 en 99 jaar.");
        Guard.That(
            content.StartDate is null || content.EndDate is null || content.EndDate >= content.StartDate,
            "De einddatum ligt niet vóór de begindatum.");

        Title = Guard.Text(content.Title, 120, "Geef de vacature een titel van hoogstens 120 tekens.");
        Description = Guard.Text(content.Description, 8000, "Beschrijf het werk in hoogstens 8000 tekens.");
        EnglishTitle = Guard.OptionalText(content.EnglishTitle, 120, "De Engelse titel is hoogstens 120 tekens.");
        EnglishSummary = Guard.OptionalText(content.EnglishSummary, 1000, "De Engelse samenvatting is hoogstens 1000 tekens.");
        CategoryId = content.CategoryId;
        IsRemote = content.IsRemote;
        Postcode = Guard.OptionalText(content.Postcode, 10, "De postcode is te lang.");
        Place = Guard.OptionalText(content.Place, 100, "De plaatsnaam is te lang.");
        Latitude = content.Location?.Latitude;
        Longitude = content.Location?.Longitude;
        Commitment = content.Commitment;
        Schedule = content.Schedule;
        HoursPerWeek = content.HoursPerWeek;
        StartDate = content.StartDate;
        EndDate = content.EndDate;
        Places = content.Places;
        MinimumAge = content.MinimumAge;
        RequiresVog = content.RequiresVog;
        // An imported vacancy has no contact person here: the open data never carries one.
        ContactName = imported ? string.Empty : Guard.Text(content.ContactName, 100, "Geef de naam van de contactpersoon.");
        ContactEmail = imported ? string.Empty : Guard.Text(content.ContactEmail, 254, "Geef het e-mailadres van de contactpersoon.");
        ContactPhone = imported ? null : Guard.OptionalText(content.ContactPhone, 30, "Het telefoonnummer is te lang.");

        _skills.Clear();
        _skills.AddRange(skills.DistinctBy(s => s.Id));
        _suitableFor.Clear();
        _suitableFor.AddRange(suitableFor.DistinctBy(t => t.Id));
        UpdatedAt = at;
        Version++;
    }

    public VacancyContent Content() => new()
    {
        Title = Title,
        Description = Description,
        EnglishTitle = EnglishTitle,
        EnglishSummary = EnglishSummary,
        CategoryId = CategoryId,
        IsRemote = IsRemote,
        Postcode = Postcode,
        Place = Place,
        Location = Location,
        Commitment = Commitment,
        Schedule = Schedule,
        HoursPerWeek = HoursPerWeek,
        StartDate = StartDate,
        EndDate = EndDate,
        Places = Places,
        MinimumAge = MinimumAge,
        RequiresVog = RequiresVog,
        ContactName = ContactName,
        ContactEmail = ContactEmail,
        ContactPhone = ContactPhone,
    };

    /// <summary>
    /// The organisation offers the draft. When the centre reviews vacancies it waits for staff;
    /// otherwise it is published at once.
    /// </summary>
    public void Submit(bool centreReviewsVacancies, Guid by, DateTimeOffset at)
    {
        RequireStatus("indienen", VacancyStatus.Draft);
        Guard.That(EndDate is null || EndDate >= DateOnly.FromDateTime(at.UtcDateTime), "De einddatum is al voorbij; pas die eerst aan.");
        ReviewComment = null;
        if (centreReviewsVacancies)
        {
            Move(VacancyStatus.Submitted, by, at);
        }
        else
        {
            Move(VacancyStatus.Published, by, at);
            PublishedAt ??= at;
        }
    }

    /// <summary>
    /// A member offers the draft on behalf of its organisation, which must be approved: a pending,
    /// rejected or suspended organisation can prepare drafts but not offer them.
    /// </summary>
    public void Submit(Organisation organisation, bool centreReviewsVacancies, Guid by, DateTimeOffset at)
    {
        Guard.That(organisation.Id == OrganisationId, "Deze vacature hoort niet bij deze organisatie.");
        Guard.That(
            organisation.IsApproved,
            "Je organisatie is {0}; je kunt vacatures als concept voorbereiden, maar pas indienen als de centrale de organisatie heeft goedgekeurd.",
            DutchNames.Of(organisation.Status));
        Submit(centreReviewsVacancies, by, at);
    }

    /// <summary>Staff accept a submitted vacancy.</summary>
    public void Publish(Guid by, DateTimeOffset at)
    {
        RequireStatus("publiceren", VacancyStatus.Submitted);
        Move(VacancyStatus.Published, by, at);
        PublishedAt ??= at;
    }

    /// <summary>
    /// Staff accept a submitted vacancy of an organisation that is still approved: one suspended
    /// while its vacancy waited must not become public through the review.
    /// </summary>
    public void Publish(Organisation organisation, Guid by, DateTimeOffset at)
    {
        Guard.That(organisation.Id == OrganisationId, "Deze vacature hoort niet bij deze organisatie.");
        Guard.That(
            organisation.IsApproved,
            "De organisatie van deze vacature is {0}; publiceren kan pas als de centrale haar (weer) heeft goedgekeurd.",
            DutchNames.Of(organisation.Status));
        Publish(by, at);
    }

    /// <summary>Staff return a submitted vacancy to its organisation with a comment it will see.</summary>
    public void SendBack(string comment, Guid by, DateTimeOffset at)
    {
        RequireStatus("terugsturen", VacancyStatus.Submitted);
        ReviewComment = Guard.Text(comment, 2000, "Schrijf bij het terugsturen wat de organisatie moet aanpassen.");
        Move(VacancyStatus.Draft, by, at, ReviewComment);
    }

    public void Pause(Guid by, DateTimeOffset at)
    {
        RequireStatus("pauzeren", VacancyStatus.Published);
        Move(VacancyStatus.Paused, by, at);
    }

    public void Resume(Guid by, DateTimeOffset at)
    {
        RequireStatus("hervatten", VacancyStatus.Paused);
        Guard.That(!HasEnded(DateOnly.FromDateTime(at.UtcDateTime)), "De einddatum is al voorbij; deze vacature kan niet meer worden hervat.");
        Move(VacancyStatus.Published, by, at);
    }

    public void Close(ClosedReason reason, Guid by, DateTimeOffset at)
    {
        if (reason == Vacancies.ClosedReason.Filled)
        {
            RequireStatus("als vervuld sluiten", VacancyStatus.Published, VacancyStatus.Paused);
        }
        else
        {
            RequireStatus("intrekken", VacancyStatus.Draft, VacancyStatus.Submitted, VacancyStatus.Published, VacancyStatus.Paused);
        }

        ClosedReason = reason;
        Move(VacancyStatus.Closed, by, at, DutchNames.Of(reason));
    }

    /// <summary>Marks a vacancy whose end date has passed; done by the system, so no user.</summary>
    public void Expire(DateTimeOffset at)
    {
        RequireStatus("laten verlopen", VacancyStatus.Published, VacancyStatus.Paused);
        Guard.That(HasEnded(DateOnly.FromDateTime(at.UtcDateTime)), "Deze vacature loopt nog; de einddatum is niet voorbij.");
        Move(VacancyStatus.Expired, null, at);
    }

    public bool HasEnded(DateOnly today) => EndDate is { } end && end < today;

    /// <summary>Expired either by status or because the end date passed before anything marked it.</summary>
    public bool IsExpiredOn(DateOnly today) =>
        Status == VacancyStatus.Expired || (Status is VacancyStatus.Published or VacancyStatus.Paused && HasEnded(today));

    public bool IsPublicOn(DateOnly today) => Status == VacancyStatus.Published && !HasEnded(today);

    /// <summary>Applications that hold a place: sent, in contact or placed.</summary>
    public int PlacesTaken => _applications.Count(a => a.HoldsPlace);

    public int? PlacesLeft => Places is { } places ? Math.Max(0, places - PlacesTaken) : null;

    public bool IsFull => PlacesLeft == 0;

    public void RecordView() => ViewCount++;

    /// <summary>
    /// A volunteer responds. Needs <see cref="Applications"/> loaded: one open application per
    /// volunteer, and no more applications holding a place than there are places.
    /// </summary>
    public Application Apply(int volunteerId, string motivation, ContactPreference contactPreference, Guid by, DateTimeOffset at)
    {
        Guard.That(!IsImported, "Op deze vacature reageer je bij de vrijwilligerscentrale waar ze vandaan komt.");
        Guard.That(IsPublicOn(DateOnly.FromDateTime(at.UtcDateTime)), "Op deze vacature kun je niet meer reageren.");
        Guard.That(!IsFull, "Alle plaatsen voor deze vacature zijn al bezet.");
        Guard.That(
            !_applications.Exists(a => a.VolunteerId == volunteerId && a.IsOpen),
            "Je hebt al op deze vacature gereageerd.");

        var application = new Application(this, volunteerId, motivation, contactPreference, by, at);
        _applications.Add(application);
        Version++;
        return application;
    }

    private void RequireStatus(string action, params VacancyStatus[] allowed)
    {
        Guard.That(!IsImported, ImportedRefusal);
        if (!allowed.Contains(Status))
        {
            throw new DomainException("Een vacature met status '{0}' kun je niet {1}.", DutchNames.Of(Status), action);
        }
    }

    private void Move(VacancyStatus to, Guid? by, DateTimeOffset at, string? note = null)
    {
        _history.Add(new StatusChange<VacancyStatus>(Status, to, at, by, note));
        Status = to;
        UpdatedAt = at;
        Version++;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
