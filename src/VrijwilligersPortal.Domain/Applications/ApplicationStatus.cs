namespace VrijwilligersPortal.Domain.Applications;

public enum ApplicationStatus
{
    Submitted,
    InContact,
    Placed,
    Declined,
    Withdrawn,
}

/// <summary>How the volunteer would like the organisation to get in touch.</summary>
public enum ContactPreference
{
    Email,
    Phone,
    Either,
}
