using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Taxonomy;

namespace VrijwilligersPortal.Domain.Volunteers;

/// <summary>
/// A person who wants to volunteer, with the profile that matching uses. Usually linked to a user
/// account; staff can also keep a record for someone without an e-mail address.
/// </summary>
public sealed class Volunteer
{
    public const int MaxLanguages = 10;
    public const int MaxLanguageLength = 40;

    private readonly List<Category> _interests = [];
    private readonly List<Skill> _skills = [];
    private readonly List<string> _languages = [];

    private Volunteer()
    {
        Name = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The login of this person; null for a record staff keep for someone without an account.</summary>
    public Guid? UserId { get; private set; }

    public string Name { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public string? Postcode { get; private set; }

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public GeoPoint? Location => Latitude is { } lat && Longitude is { } lon ? new GeoPoint(lat, lon) : null;

    /// <summary>How far the volunteer is willing to travel, in km.</summary>
    public int? MaxDistanceKm { get; private set; }

    public int? BirthYear { get; private set; }

    public IReadOnlyList<Category> Interests => _interests;

    public IReadOnlyList<Skill> Skills => _skills;

    /// <summary>Languages the person speaks besides Dutch, as they wrote them ("Arabisch", "Engels").</summary>
    public IReadOnlyList<string> Languages => _languages;

    /// <summary>How well the person speaks Dutch; null when they did not say.</summary>
    public DutchLevel? DutchLevel { get; private set; }

    public WeekSchedule Availability { get; private set; }

    public int? HoursPerWeek { get; private set; }

    public bool WillingToGetVog { get; private set; }

    /// <summary>Consent that the centre may propose this person to organisations (off by default).</summary>
    public bool ConsentToBeProposed { get; private set; }

    public DateTimeOffset? ConsentChangedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// For a record staff keep for someone without an account: the staff member who recorded that
    /// the person agreed to it. Null for a record behind an account (the person registered themselves).
    /// </summary>
    public Guid? RecordConsentRecordedBy { get; private set; }

    /// <summary>When the person agreed that the centre keeps this record (see <see cref="RecordConsentRecordedBy"/>).</summary>
    public DateTimeOffset? RecordConsentAt { get; private set; }

    /// <summary>
    /// Set when the person erased their account: the personal data is gone and only this anonymous
    /// record remains, so that applications still count in the centre's figures.
    /// </summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    public bool IsErased => ErasedAt is not null;

    /// <summary>How organisations and staff see the person; an erased account has no name left.</summary>
    public string DisplayName => IsErased ? "verwijderde vrijwilliger" : Name;

    public static Volunteer ForAccount(Guid userId, string name, string email, DateTimeOffset at) => new()
    {
        UserId = userId,
        Name = Guard.Text(name, 100, "Geef je naam (hoogstens 100 tekens)."),
        Email = Guard.Text(email, 254, "Geef je e-mailadres."),
        CreatedAt = at,
    };

    /// <summary>
    /// Staff keep a record for someone who walked in or was referred, possibly without an e-mail
    /// address and without an account. Only with the person's consent, which is recorded with who
    /// noted it and when.
    /// </summary>
    public static Volunteer WithoutAccount(string name, string? email, string? phone, bool consentGiven, Guid recordedBy, DateTimeOffset at)
    {
        Guard.That(consentGiven, "Leg vast dat de persoon toestemming geeft om de gegevens te bewaren.");
        var volunteer = new Volunteer
        {
            Email = Guard.OptionalText(email, 254, "Een e-mailadres heeft hoogstens 254 tekens."),
            CreatedAt = at,
            RecordConsentRecordedBy = recordedBy,
            RecordConsentAt = at,
        };
        volunteer.SetContactDetails(name, phone);
        return volunteer;
    }

    public int? AgeIn(int year) => BirthYear is { } born ? year - born : null;

    /// <summary>Name and phone number: the name is what an organisation sees when the person responds.</summary>
    public void SetContactDetails(string name, string? phone)
    {
        RequireNotErased();
        Name = Guard.Text(name, 100, "Geef je naam (hoogstens 100 tekens).");
        var number = Guard.OptionalText(phone, 30, "Een telefoonnummer heeft hoogstens 30 tekens.");
        Guard.That(
            number is null || (number.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')') && number.Count(char.IsAsciiDigit) >= 8),
            "Geef een telefoonnummer van minstens 8 cijfers, zoals 06 12345678.");
        Phone = number;
    }

    /// <summary>The address the account confirmed; follows a confirmed change of the login e-mail.</summary>
    public void ChangeEmail(string email)
    {
        RequireNotErased();
        Email = Guard.Text(email, 254, "Geef je e-mailadres.");
    }

    public void SetLanguages(IEnumerable<string> languages, DutchLevel? dutchLevel)
    {
        RequireNotErased();
        var cleaned = languages
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .DistinctBy(l => l.ToUpperInvariant())
            .ToList();
        Guard.That(cleaned.Count <= MaxLanguages, "Noem hoogstens {0} talen.", MaxLanguages);
        Guard.That(cleaned.TrueForAll(l => l.Length <= MaxLanguageLength), "Een taal heeft hoogstens {0} tekens.", MaxLanguageLength);
        _languages.Clear();
        _languages.AddRange(cleaned);
        DutchLevel = dutchLevel;
    }

    public void SetLocation(string? postcode, GeoPoint? location, int? maxDistanceKm)
    {
        RequireNotErased();
        Guard.That(maxDistanceKm is null or (>= 1 and <= 250), "Kies een afstand tussen 1 en 250 km.");
        Postcode = Guard.OptionalText(postcode, 10, "De postcode is te lang.");
        Latitude = location?.Latitude;
        Longitude = location?.Longitude;
        MaxDistanceKm = maxDistanceKm;
    }

    public void SetAvailability(WeekSchedule availability, int? hoursPerWeek)
    {
        RequireNotErased();
        Guard.That(hoursPerWeek is null or (>= 1 and <= 60), "Het aantal uren per week ligt tussen 1 en 60.");
        Availability = availability;
        HoursPerWeek = hoursPerWeek;
    }

    public void SetInterests(IEnumerable<Category> interests, IEnumerable<Skill> skills)
    {
        RequireNotErased();
        _interests.Clear();
        _interests.AddRange(interests.DistinctBy(c => c.Id));
        _skills.Clear();
        _skills.AddRange(skills.DistinctBy(s => s.Id));
    }

    public void SetBirthYear(int? birthYear, int currentYear)
    {
        RequireNotErased();
        Guard.That(
            birthYear is null || (birthYear <= currentYear - 10 && birthYear >= currentYear - 110),
            "Geef een geboortejaar tussen 110 en 10 jaar geleden.");
        BirthYear = birthYear;
    }

    public void SetWillingToGetVog(bool willing)
    {
        RequireNotErased();
        WillingToGetVog = willing;
    }

    /// <summary>Removes everything that identifies the person; the record stays, anonymous.</summary>
    public void Erase(DateTimeOffset at)
    {
        UserId = null;
        Name = string.Empty;
        Email = null;
        Phone = null;
        Postcode = null;
        Latitude = null;
        Longitude = null;
        MaxDistanceKm = null;
        BirthYear = null;
        _interests.Clear();
        _skills.Clear();
        _languages.Clear();
        DutchLevel = null;
        Availability = WeekSchedule.Empty;
        HoursPerWeek = null;
        WillingToGetVog = false;
        ConsentToBeProposed = false;
        ConsentChangedAt = at;
        ErasedAt = at;
    }

    public void SetConsentToBeProposed(bool consent, DateTimeOffset at)
    {
        RequireNotErased();
        if (consent != ConsentToBeProposed)
        {
            ConsentToBeProposed = consent;
            ConsentChangedAt = at;
        }
    }

    private void RequireNotErased() =>
        Guard.That(!IsErased, "Dit account is verwijderd; het profiel kan niet meer worden gewijzigd.");
}
