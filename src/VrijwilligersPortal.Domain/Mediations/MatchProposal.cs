using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Mediations;

public enum ProposalStatus
{
    /// <summary>Proposed to the volunteer and the organisation; no answer yet.</summary>
    Open,

    /// <summary>Both sides want to go ahead; the placement follows when the volunteer starts.</summary>
    Accepted,

    /// <summary>One of the sides said no.</summary>
    Declined,

    /// <summary>The volunteer started: this proposal placed the case.</summary>
    Placed,
}

/// <summary>
/// Staff propose one vacancy to the volunteer of a case (matchvoorstel). Changed only through
/// <see cref="Mediation"/>, which keeps the case's lifecycle and the proposal's in step.
/// </summary>
public sealed class MatchProposal
{
    public const int DeclineReasonMaxLength = 1000;

    private MatchProposal()
    {
    }

    internal MatchProposal(int vacancyId, Guid by, DateTimeOffset at)
    {
        VacancyId = vacancyId;
        Status = ProposalStatus.Open;
        ProposedBy = by;
        ProposedAt = at;
    }

    public int Id { get; private set; }

    public int VacancyId { get; private set; }

    public ProposalStatus Status { get; private set; }

    public Guid ProposedBy { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    public Guid? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DeclineReason { get; private set; }

    /// <summary>Open or accepted: the vacancy is still in play for this case.</summary>
    public bool IsLive => Status is ProposalStatus.Open or ProposalStatus.Accepted;

    internal void Decide(ProposalStatus to, string? reason, Guid by, DateTimeOffset at, string action, params ProposalStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainException("Een matchvoorstel met status '{0}' kun je niet {1}.", MediationNames.Of(Status), action);
        }

        Status = to;
        DeclineReason = reason;
        DecidedBy = by;
        DecidedAt = at;
    }

    internal void ClearReason() => DeclineReason = null;
}
