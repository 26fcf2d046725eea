namespace VrijwilligersPortal.Domain.Common;

/// <summary>
/// One recorded step in a lifecycle: from which status to which, when, by whom and why.
/// Reports are built from these records, so every transition method appends one.
/// </summary>
public sealed class StatusChange<TStatus>
    where TStatus : struct, Enum
{
    private StatusChange()
    {
    }

    public StatusChange(TStatus? from, TStatus to, DateTimeOffset at, Guid? by, string? note = null)
    {
        From = from;
        To = to;
        At = at;
        By = by;
        Note = note;
    }

    public TStatus? From { get; private set; }

    public TStatus To { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The user who made the change; null when the system did (for example expiry).</summary>
    public Guid? By { get; private set; }

    public string? Note { get; private set; }

    /// <summary>Notes can hold personal details; anonymising a record removes them.</summary>
    internal void ClearNote() => Note = null;
}
