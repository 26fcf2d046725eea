using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Taxonomy;

namespace VrijwilligersPortal.Domain.Volunteers;

/// <summary>
/// A person who wants to volunteer, with the profile that matching uses. Usually linked to a user
/// account; staff can also keep a record for someone without an e-mail address.
/// </summary>
public sealed class Volunteer
{
    private readonly List<Category> _interests = [];
    private readonly List<Skill> _skills = [];

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

    public WeekSchedule Availability { get; private set; }

    public int? HoursPerWeek { get; private set; }

    public bool WillingToGetVog { get; private set; }

    /// <summary>Consent that the centre may propose this person to organisations (off by default).</summary>
    public bool ConsentToBeProposed { get; private set; }

    public DateTimeOffset? ConsentChangedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// Set when the person erased their account: the personal data is gone and only this anonymous
    /// record remains, so that applications still count in the centre's figures.
    /// </summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    public bool IsErased => ErasedAt is not null;

    public static Volunteer ForAccount(Guid userId, string name, string email, DateTimeOffset at) => new()
    {
        UserId = userId,
        Name = Guard.Text(name, 100, "Geef je naam (hoogstens 100 tekens)."),
        Email = Guard.Text(email, 254, "Geef je e-mailadres."),
        CreatedAt = at,
    };

    public int? AgeIn(int year) => BirthYear is { } born ? year - born : null;

    public void SetLocation(string? postcode, GeoPoint? location, int? maxDistanceKm)
    {
        Guard.That(maxDistanceKm is null or (>= 1 and <= 250), "Kies een afstand tussen 1 en 250 km.");
        Postcode = Guard.OptionalText(postcode, 10, "De postcode is te lang.");
        Latitude = location?.Latitude;
        Longitude = location?.Longitude;
        MaxDistanceKm = maxDistanceKm;
    }

    public void SetAvailability(WeekSchedule availability, int? hoursPerWeek)
    {
        Guard.That(hoursPerWeek is null or (>= 1 and <= 60), "Het aantal uren per week ligt tussen 1 en 60.");
        Availability = availability;
        HoursPerWeek = hoursPerWeek;
    }

    public void SetInterests(IEnumerable<Category> interests, IEnumerable<Skill> skills)
    {
        _interests.Clear();
        _interests.AddRange(interests.DistinctBy(c => c.Id));
        _skills.Clear();
        _skills.AddRange(skills.DistinctBy(s => s.Id));
    }

    public void SetBirthYear(int? birthYear, int currentYear)
    {
        Guard.That(
            birthYear is null || (birthYear <= currentYear - 10 && birthYear >= currentYear - 110),
            "Geef een geboortejaar tussen 110 en 10 jaar geleden.");
        BirthYear = birthYear;
    }

    public void SetWillingToGetVog(bool willing) => WillingToGetVog = willing;

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
        Availability = WeekSchedule.Empty;
        HoursPerWeek = null;
        WillingToGetVog = false;
        ConsentToBeProposed = false;
        ConsentChangedAt = at;
        ErasedAt = at;
    }

    public void SetConsentToBeProposed(bool consent, DateTimeOffset at)
    {
        if (consent != ConsentToBeProposed)
        {
            ConsentToBeProposed = consent;
            ConsentChangedAt = at;
        }
    }
}
