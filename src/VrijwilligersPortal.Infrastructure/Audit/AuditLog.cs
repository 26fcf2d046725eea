using System.Globalization;
using System.Text.RegularExpressions;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Infrastructure.Audit;

/// <summary>
/// Writes staff actions to the audit log (docs/adr/0041). <c>Record</c> only adds the entry to
/// <paramref name="db"/>: the caller's own <c>SaveChangesAsync</c> stores it together with the
/// change it describes, so a change is never saved without its entry or the other way round. For
/// a read (viewing case notes) call <c>SaveChangesAsync</c> right after.
/// </summary>
public static partial class AuditLog
{
    public const int ActionMaxLength = 64;
    public const int RecordTypeMaxLength = 40;
    public const int RecordIdMaxLength = 40;

    public static AuditEntry Record(PortalDbContext db, Guid userId, string action, string recordType, int recordId, DateTimeOffset at) =>
        Add(db, userId, action, recordType, recordId.ToString(CultureInfo.InvariantCulture), at);

    public static AuditEntry Record(PortalDbContext db, Guid userId, string action, string recordType, long recordId, DateTimeOffset at) =>
        Add(db, userId, action, recordType, recordId.ToString(CultureInfo.InvariantCulture), at);

    public static AuditEntry Record(PortalDbContext db, Guid userId, string action, string recordType, Guid recordId, DateTimeOffset at) =>
        Add(db, userId, action, recordType, recordId.ToString("D"), at);

    /// <summary>For an action on something without an id of its own, such as the centre's settings.</summary>
    public static AuditEntry Record(PortalDbContext db, Guid userId, string action, string recordType, DateTimeOffset at) =>
        Add(db, userId, action, recordType, null, at);

    private static AuditEntry Add(PortalDbContext db, Guid userId, string action, string recordType, string? recordId, DateTimeOffset at)
    {
        // Codes, not sentences: a fixed vocabulary keeps names, notes and other personal data out,
        // and one list keeps stored codes from changing when a method is renamed (docs/adr/0106).
        if (!AuditActions.All.Contains(action))
        {
            throw new ArgumentException($"Audit action '{action}' is not one of the codes in {nameof(AuditActions)}.", nameof(action));
        }

        if (recordType.Length > RecordTypeMaxLength || !RecordTypeName().IsMatch(recordType))
        {
            throw new ArgumentException($"Audit record type '{recordType}' must be an entity name such as 'Organisation'.", nameof(recordType));
        }

        var entry = new AuditEntry(userId, action, recordType, recordId, at);
        db.AuditEntries.Add(entry);
        return entry;
    }

    [GeneratedRegex("^[A-Z][A-Za-z]*$")]
    private static partial Regex RecordTypeName();
}
