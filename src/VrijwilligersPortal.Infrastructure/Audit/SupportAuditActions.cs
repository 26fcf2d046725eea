namespace VrijwilligersPortal.Infrastructure.Audit;

/// <summary>
/// Audit action codes of the centre's support to organisations: questions and courses (stored
/// codes, so constants; issue 16). Viewing a question is audited like viewing mediation notes.
/// </summary>
public static class SupportAuditActions
{
    public const string QuestionView = "question.view";
    public const string QuestionAnswer = "question.answer";
    public const string QuestionNote = "question.note";
    public const string QuestionAssign = "question.assign";
    public const string QuestionMarkAnswered = "question.mark-answered";
    public const string QuestionReopen = "question.reopen";

    public const string CoursePublish = "course.publish";
    public const string CourseChange = "course.change";
    public const string CourseCancel = "course.cancel";
    public const string CourseParticipantsView = "course.participants.view";
    public const string CourseAttendance = "course.attendance";
    public const string CourseExport = "course.export";
}
