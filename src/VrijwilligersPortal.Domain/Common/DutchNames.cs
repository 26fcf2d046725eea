using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Domain.Volunteers;

namespace VrijwilligersPortal.Domain.Common;

/// <summary>
/// The Dutch words for the domain's enumerations, as the glossary in PRODUCT.md gives them. They
/// are the keys the web layer localises, and the words in domain messages and match reasons.
/// </summary>
public static class DutchNames
{
    public static string Of(OrganisationStatus status) => status switch
    {
        OrganisationStatus.Pending => "in afwachting van goedkeuring",
        OrganisationStatus.Approved => "goedgekeurd",
        OrganisationStatus.Rejected => "afgewezen",
        OrganisationStatus.Suspended => "geschorst",
        _ => status.ToString(),
    };

    public static string Of(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Association => "vereniging",
        OrganisationKind.Foundation => "stichting",
        OrganisationKind.CareInstitution => "zorginstelling",
        OrganisationKind.School => "school",
        OrganisationKind.Government => "overheid",
        OrganisationKind.Church => "kerk of levensbeschouwelijke organisatie",
        OrganisationKind.Other => "anders",
        _ => kind.ToString(),
    };

    public static string Of(VacancyStatus status) => status switch
    {
        VacancyStatus.Draft => "concept",
        VacancyStatus.Submitted => "ter beoordeling",
        VacancyStatus.Published => "gepubliceerd",
        VacancyStatus.Paused => "gepauzeerd",
        VacancyStatus.Closed => "gesloten",
        VacancyStatus.Expired => "verlopen",
        _ => status.ToString(),
    };

    public static string Of(ClosedReason reason) => reason switch
    {
        ClosedReason.Filled => "vervuld",
        ClosedReason.Withdrawn => "ingetrokken",
        _ => reason.ToString(),
    };

    public static string Of(Commitment commitment) => commitment switch
    {
        Commitment.OneOff => "eenmalig",
        Commitment.ShortTerm => "kortlopend",
        Commitment.Ongoing => "structureel",
        _ => commitment.ToString(),
    };

    public static string Of(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Submitted => "verstuurd",
        ApplicationStatus.InContact => "in contact",
        ApplicationStatus.Placed => "geplaatst",
        ApplicationStatus.Declined => "afgewezen",
        ApplicationStatus.Withdrawn => "ingetrokken",
        _ => status.ToString(),
    };

    public static string Of(ContactPreference preference) => preference switch
    {
        ContactPreference.Email => "per e-mail",
        ContactPreference.Phone => "telefonisch",
        ContactPreference.Either => "per e-mail of telefonisch",
        _ => preference.ToString(),
    };

    public static string Of(MediationStatus status) => status switch
    {
        MediationStatus.Requested => "aangevraagd",
        MediationStatus.IntakeDone => "intakegesprek gehad",
        MediationStatus.Proposing => "op zoek naar een plek",
        MediationStatus.Placed => "geplaatst",
        MediationStatus.Closed => "afgesloten",
        _ => status.ToString(),
    };

    public static string Of(DutchLevel level) => level switch
    {
        DutchLevel.Native => "moedertaal",
        DutchLevel.Good => "goed",
        DutchLevel.Reasonable => "redelijk",
        DutchLevel.Beginner => "een beetje",
        _ => level.ToString(),
    };

    public static string Of(DayPart part) => part switch
    {
        DayPart.Morning => "ochtend",
        DayPart.Afternoon => "middag",
        DayPart.Evening => "avond",
        _ => part.ToString(),
    };

    public static string Of(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "maandag",
        DayOfWeek.Tuesday => "dinsdag",
        DayOfWeek.Wednesday => "woensdag",
        DayOfWeek.Thursday => "donderdag",
        DayOfWeek.Friday => "vrijdag",
        DayOfWeek.Saturday => "zaterdag",
        DayOfWeek.Sunday => "zondag",
        _ => day.ToString(),
    };

    /// <summary>"dinsdagochtend": a day and daypart as one Dutch word.</summary>
    public static string Of(DayOfWeek day, DayPart part) => Of(day) + Of(part);
}
