using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;

namespace VrijwilligersPortal.Domain.Tests;

/// <summary>Valid defaults for domain objects; tests change only what they are about.</summary>
internal static class Build
{
    public static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly Guid Member = Guid.Parse("11111111-1111-1111-1111-111111111111");
    public static readonly Guid Staff = Guid.Parse("22222222-2222-2222-2222-222222222222");

    public static OrganisationProfile OrganisationProfile() => new()
    {
        Name = "Natuurgroep Kromme Rijn",
        Kind = OrganisationKind.Association,
        Postcode = "3581",
        Place = "Utrecht",
        Description = "Onderhoud van het groen langs de Kromme Rijn.",
        ContactName = "Peter Bakker",
        ContactEmail = "info@natuurgroep.example",
    };

    public static Organisation Organisation() => Domain.Organisations.Organisation.Register(OrganisationProfile(), Member, Now);

    public static VacancyContent Content() => new()
    {
        Title = "Knotploeg",
        Description = "Wilgen knotten op zaterdagochtend.",
        CategoryId = 1,
        Postcode = "3581",
        Place = "Utrecht",
        Location = new GeoPoint(52.0905, 5.1341),
        Commitment = Commitment.Ongoing,
        Schedule = WeekSchedule.Of((DayOfWeek.Saturday, DayPart.Morning)),
        HoursPerWeek = 3,
        ContactName = "Peter Bakker",
        ContactEmail = "info@natuurgroep.example",
    };

    public static Vacancy Draft(VacancyContent? content = null) =>
        Vacancy.CreateDraft(organisationId: 1, content ?? Content(), [], [], Member, Now);

    public static Vacancy Published(VacancyContent? content = null)
    {
        var vacancy = Draft(content);
        vacancy.Submit(centreReviewsVacancies: false, Member, Now);
        return vacancy;
    }

    public const string Motivation = "Ik help graag mee op zaterdagochtend in de natuur.";
}
