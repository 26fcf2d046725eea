namespace VrijwilligersPortal.Domain.Organisations;

public enum OrganisationStatus
{
    Pending,
    Approved,
    Rejected,
    Suspended,
}

public enum OrganisationKind
{
    Association,
    Foundation,
    CareInstitution,
    School,
    Government,
    Church,
    Other,
}
