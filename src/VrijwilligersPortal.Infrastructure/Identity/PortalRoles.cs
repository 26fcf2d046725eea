namespace VrijwilligersPortal.Infrastructure.Identity;

public static class PortalRoles
{
    public const string Volunteer = "Volunteer";
    public const string OrganisationMember = "OrganisationMember";
    public const string Staff = "Staff";
    public const string Admin = "Admin";

    /// <summary>
    /// A policy officer of the funding municipality (gemeente): reads the reports, which never name
    /// a person, and the public pages; nothing else of the back office (docs/adr/0085).
    /// </summary>
    public const string Municipality = "Municipality";

    /// <summary>For <c>[Authorize(Roles = ...)]</c> on the back office.</summary>
    public const string StaffOrAdmin = Staff + "," + Admin;

    /// <summary>For <c>[Authorize(Roles = ...)]</c> on the reports.</summary>
    public const string ReportReaders = Staff + "," + Admin + "," + Municipality;

    /// <summary>The roles an administrator gives through the staff invitation (/beheer/medewerkers).</summary>
    public static IReadOnlyList<string> Invitable { get; } = [Staff, Admin, Municipality];

    public static IReadOnlyList<string> All { get; } = [Volunteer, OrganisationMember, Staff, Admin, Municipality];
}
