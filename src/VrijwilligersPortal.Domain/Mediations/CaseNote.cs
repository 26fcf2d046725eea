namespace VrijwilligersPortal.Domain.Mediations;

/// <summary>A staff member's note on a mediation case; visible to staff only, removed after the retention period.</summary>
public sealed class CaseNote
{
    public const int TextMaxLength = 4000;

    private CaseNote()
    {
        Text = string.Empty;
    }

    internal CaseNote(string text, Guid by, DateTimeOffset at)
    {
        Text = text;
        WrittenBy = by;
        WrittenAt = at;
    }

    public int Id { get; private set; }

    public string Text { get; private set; }

    public Guid WrittenBy { get; private set; }

    public DateTimeOffset WrittenAt { get; private set; }
}
