namespace VrijwilligersPortal.Domain.Mediations;

/// <summary>What staff write down at the intake (intakegesprek). Texts are optional except the wish.</summary>
public sealed record MediationIntake
{
    public required ReferralSource ReferralSource { get; init; }

    /// <summary>What the person would like to do.</summary>
    public required string Wishes { get; init; }

    /// <summary>What the person can do: experience, skills, strengths.</summary>
    public string? Abilities { get; init; }

    /// <summary>What support the person needs. Sensitive: every view and change is audited.</summary>
    public string? SupportNeeds { get; init; }

    /// <summary>Languages the person speaks, as staff wrote them.</summary>
    public string? Languages { get; init; }

    /// <summary>The suitable-for tags (geschikt voor) that apply to the person; used by matching.</summary>
    public IReadOnlyCollection<int> SuitableForIds { get; init; } = [];
}
