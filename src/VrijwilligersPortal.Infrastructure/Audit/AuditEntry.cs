namespace VrijwilligersPortal.Infrastructure.Audit;

/// <summary>
/// One staff action in the audit log: who did what to which record, when. Holds ids and a fixed
/// action code only, never free text, so the log itself holds no personal data to protect or erase.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        Action = string.Empty;
        RecordType = string.Empty;
    }

    internal AuditEntry(Guid userId, string action, string recordType, string? recordId, DateTimeOffset at)
    {
        UserId = userId;
        Action = action;
        RecordType = recordType;
        RecordId = recordId;
        At = at;
    }

    public long Id { get; private set; }

    /// <summary>The staff member (login id); their name is looked up when the log is shown.</summary>
    public Guid UserId { get; private set; }

    /// <summary>A dotted code such as <c>organisation.approve</c> or <c>mediation.notes.viewed</c>, one of <see cref="AuditActions"/>.</summary>
    public string Action { get; private set; }

    /// <summary>The kind of record acted on, such as <c>Organisation</c> or <c>Mediation</c>.</summary>
    public string RecordType { get; private set; }

    /// <summary>The record's id as text (numbers and login ids both fit); null for the centre's settings.</summary>
    public string? RecordId { get; private set; }

    public DateTimeOffset At { get; private set; }
}
