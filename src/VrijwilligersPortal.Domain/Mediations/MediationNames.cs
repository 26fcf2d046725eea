namespace VrijwilligersPortal.Domain.Mediations;

/// <summary>The Dutch words for the mediation enumerations (the keys the web layer localises).</summary>
public static class MediationNames
{
    public static string Of(ReferralSource source) => source switch
    {
        ReferralSource.Self => "zelf",
        ReferralSource.NeighbourhoodTeam => "wijkteam",
        ReferralSource.JobCentre => "UWV/werkplein",
        ReferralSource.Municipality => "gemeente",
        ReferralSource.Care => "zorg",
        ReferralSource.School => "school",
        ReferralSource.Other => "anders",
        _ => source.ToString(),
    };

    public static string Of(ProposalStatus status) => status switch
    {
        ProposalStatus.Open => "voorgesteld",
        ProposalStatus.Accepted => "geaccepteerd",
        ProposalStatus.Declined => "afgewezen",
        ProposalStatus.Placed => "geplaatst",
        _ => status.ToString(),
    };
}
