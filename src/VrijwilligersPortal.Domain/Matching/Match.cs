namespace VrijwilligersPortal.Domain.Matching;

/// <summary>Which way a ranking goes; decides the voice of the reasons and which filters apply.</summary>
public enum MatchDirection
{
    /// <summary>Vacancies for one volunteer; reasons speak to the volunteer ("je").</summary>
    VacanciesForVolunteer,

    /// <summary>Candidate volunteers for one vacancy, for staff and organisations; only volunteers who consented.</summary>
    VolunteersForVacancy,
}

/// <summary>
/// Whom the reasons speak to: the volunteer ("Past bij je interesse Natuur") or staff about the
/// volunteer ("Heeft interesse in Natuur"). Follows the direction unless a caller says otherwise:
/// staff ranking vacancies for a person on a mediation case read the staff voice.
/// </summary>
public enum ReasonVoice
{
    ToVolunteer,
    ToStaff,
}

/// <summary>The signals a score is made of; each has its weight in <see cref="MatchWeights"/>.</summary>
public enum MatchSignal
{
    Category,
    Skills,
    Availability,
    Hours,
    Distance,
    SuitableFor,
    Freshness,
}

/// <summary>The hard filters: a pair that fails one is never suggested.</summary>
public enum MatchFilter
{
    NotPublished,
    Full,
    NoConsent,
    TooYoung,
    VogRequired,
    AlreadyApplied,
    TooFar,
}

/// <summary>One signal's share of a score, with the sentence that explains it (<see cref="Text"/> in Dutch).</summary>
public sealed record MatchReason(MatchSignal Signal, ReasonSentence Sentence, double Points)
{
    public string Text => Sentence.Text;
}

/// <summary>Why a pair is filtered out ("why not"); <see cref="Text"/> in Dutch.</summary>
public sealed record MatchExclusion(MatchFilter Filter, ReasonSentence Sentence)
{
    public string Text => Sentence.Text;
}

/// <summary>
/// A volunteer and a vacancy compared. <see cref="Score"/> is the sum of the reasons' points, so
/// every reason shown is a part of the score and every part of the score has its reason. An
/// excluded pair (from <see cref="Matcher.Explain"/>) still carries the score and reasons it would
/// have had, next to the exclusions that rule it out.
/// </summary>
public sealed record Match(
    VolunteerSnapshot Volunteer,
    VacancySnapshot Vacancy,
    double Score,
    IReadOnlyList<MatchReason> Reasons,
    IReadOnlyList<MatchExclusion> Exclusions)
{
    public bool IsExcluded => Exclusions.Count > 0;
}
