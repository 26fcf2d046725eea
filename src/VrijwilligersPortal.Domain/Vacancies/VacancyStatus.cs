namespace VrijwilligersPortal.Domain.Vacancies;

public enum VacancyStatus
{
    Draft,
    Submitted,
    Published,
    Paused,
    Closed,
    Expired,
}

public enum ClosedReason
{
    Filled,
    Withdrawn,
}

/// <summary>How long the commitment lasts (duur).</summary>
public enum Commitment
{
    /// <summary>Eenmalig: one day or one event, e.g. NLdoet.</summary>
    OneOff,

    /// <summary>Kortlopend: up to three months.</summary>
    ShortTerm,

    /// <summary>Structureel: ongoing.</summary>
    Ongoing,
}
