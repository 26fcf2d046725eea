namespace VrijwilligersPortal.Web.Features.BackOffice.Volunteers;

/// <summary>
/// The audit codes for what staff see or do with a volunteer's personal data (docs/adr/0041);
/// stable strings, because the audit log's filters use them.
/// </summary>
public static class VolunteerAuditActions
{
    /// <summary>Staff searched the volunteers who agreed to be found (/beheer/vrijwilligers).</summary>
    public const string Search = "volunteer.search";

    /// <summary>Staff saw the ranked candidates for a vacancy: names, postcodes and why they fit.</summary>
    public const string CandidatesViewed = "volunteer.candidates.viewed";

    /// <summary>Staff downloaded the data of a person without an account, for that person.</summary>
    public const string Export = "volunteer.export";

    /// <summary>Staff erased a person without an account at their request.</summary>
    public const string Erase = "volunteer.erase";

    /// <summary>The retention job erased an inactive volunteer.</summary>
    public const string EraseInactive = "volunteer.erase.inactive";
}
