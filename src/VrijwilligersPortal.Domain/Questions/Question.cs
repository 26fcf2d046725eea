using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Questions;

public enum QuestionStatus
{
    Open,
    Answered,
}

public enum QuestionMessageKind
{
    /// <summary>Written by a member of the organisation: the question or a reaction to an answer.</summary>
    FromOrganisation,

    /// <summary>Written by staff for the organisation to read.</summary>
    Answer,

    /// <summary>Written by staff for staff only; the organisation never sees it.</summary>
    InternalNote,
}

/// <summary>One message in a question's thread.</summary>
public sealed class QuestionMessage
{
    private QuestionMessage()
    {
        Text = string.Empty;
    }

    internal QuestionMessage(QuestionMessageKind kind, string text, Guid by, DateTimeOffset at)
    {
        Kind = kind;
        Text = text;
        WrittenBy = by;
        WrittenAt = at;
    }

    public int Id { get; private set; }

    public QuestionMessageKind Kind { get; private set; }

    public string Text { get; private set; }

    public Guid WrittenBy { get; private set; }

    public DateTimeOffset WrittenAt { get; private set; }

    public bool IsVisibleToOrganisation => Kind != QuestionMessageKind.InternalNote;
}

/// <summary>
/// A question an organisation asks the centre (advies): a topic, a subject and a thread of
/// messages. Staff answer in the thread, keep internal notes beside it, assign it to a colleague,
/// mark it answered and reopen it; a new message from the organisation reopens it too. The time to
/// the first answer is kept for the reports.
/// </summary>
public sealed class Question
{
    public const int SubjectMaxLength = 150;
    public const int TextMaxLength = 4000;

    private readonly List<QuestionMessage> _messages = [];

    private Question()
    {
        Subject = string.Empty;
    }

    public int Id { get; private set; }

    public int OrganisationId { get; private set; }

    public int TopicId { get; private set; }

    public string Subject { get; private set; }

    public QuestionStatus Status { get; private set; }

    public Guid AskedBy { get; private set; }

    public DateTimeOffset AskedAt { get; private set; }

    /// <summary>The staff member who handles it; null while nobody took it.</summary>
    public Guid? AssignedStaffId { get; private set; }

    /// <summary>When staff first answered (or first marked it answered): the reports' time to answer.</summary>
    public DateTimeOffset? FirstAnsweredAt { get; private set; }

    /// <summary>When it was last marked answered; null while open.</summary>
    public DateTimeOffset? AnsweredAt { get; private set; }

    public DateTimeOffset LastActivityAt { get; private set; }

    /// <summary>Concurrency token: two staff members acting on the same question at once do not overwrite each other.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<QuestionMessage> Messages => _messages;

    public static Question Ask(int organisationId, int topicId, string subject, string text, Guid by, DateTimeOffset at)
    {
        var question = new Question
        {
            OrganisationId = organisationId,
            TopicId = topicId,
            Subject = Guard.Text(subject, SubjectMaxLength, "Geef een onderwerp van hoogstens {0} tekens.", SubjectMaxLength),
            Status = QuestionStatus.Open,
            AskedBy = by,
            AskedAt = at,
            LastActivityAt = at,
        };
        question._messages.Add(new QuestionMessage(QuestionMessageKind.FromOrganisation, MessageText(text), by, at));
        return question;
    }

    /// <summary>A member reacts in the thread; an answered question opens again, since it needs staff again.</summary>
    public QuestionMessage React(string text, Guid by, DateTimeOffset at)
    {
        var message = Add(QuestionMessageKind.FromOrganisation, text, by, at);
        Status = QuestionStatus.Open;
        AnsweredAt = null;
        return message;
    }

    /// <summary>Staff answer the organisation; by default that also marks the question answered.</summary>
    public QuestionMessage Answer(string text, Guid staff, DateTimeOffset at, bool markAnswered = true)
    {
        var message = Add(QuestionMessageKind.Answer, text, staff, at);
        AssignedStaffId ??= staff;
        if (markAnswered)
        {
            MarkAnswered(at);
        }

        return message;
    }

    /// <summary>A note for staff only.</summary>
    public QuestionMessage AddNote(string text, Guid staff, DateTimeOffset at) => Add(QuestionMessageKind.InternalNote, text, staff, at);

    public void AssignTo(Guid? staff)
    {
        AssignedStaffId = staff;
        Version++;
    }

    /// <summary>Answered, for instance after a phone call; the first time counts for the reports.</summary>
    public void MarkAnswered(DateTimeOffset at)
    {
        Guard.That(Status == QuestionStatus.Open, "Deze vraag is al beantwoord.");
        Status = QuestionStatus.Answered;
        AnsweredAt = at;
        FirstAnsweredAt ??= at;
        LastActivityAt = at;
        Version++;
    }

    public void Reopen(DateTimeOffset at)
    {
        Guard.That(Status == QuestionStatus.Answered, "Deze vraag staat al open.");
        Status = QuestionStatus.Open;
        AnsweredAt = null;
        LastActivityAt = at;
        Version++;
    }

    private QuestionMessage Add(QuestionMessageKind kind, string text, Guid by, DateTimeOffset at)
    {
        var message = new QuestionMessage(kind, MessageText(text), by, at);
        _messages.Add(message);
        LastActivityAt = at;
        Version++;
        return message;
    }

    private static string MessageText(string text) =>
        Guard.Text(text, TextMaxLength, "Schrijf een bericht van hoogstens {0} tekens.", TextMaxLength);
}
