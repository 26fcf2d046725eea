using System.Reflection;
using VrijwilligersPortal.Infrastructure.Identity;

namespace VrijwilligersPortal.Infrastructure.Audit;

/// <summary>
/// Every audit action code the portal writes, in one list (docs/adr/0041, docs/adr/0106). The codes
/// are stored in <c>AuditEntries.Action</c> and the audit log's filter matches on them, so a value
/// here never changes: add a new constant instead. Code never builds a code from a method or action
/// name or writes one as a literal elsewhere; <see cref="AuditLog"/> refuses any code that is not
/// in this list.
/// </summary>
public static class AuditActions
{
    /// <summary>The command line created the first administrator (no staff member acted).</summary>
    public const string AdminCreate = "admin.create";

    public static class Staff
    {
        public const string Invite = "staff.invite";
        public const string Revoke = "staff.revoke";

        /// <summary>An administrator reset a staff member's second factor (lost phone).</summary>
        public const string SecondFactorReset = "staff.mfa.reset";

        public const string RoleStaff = "staff.role.staff";
        public const string RoleAdmin = "staff.role.admin";
        public const string RoleMunicipality = "staff.role.municipality";

        /// <summary>The code for giving someone <paramref name="role"/> (one of <see cref="PortalRoles.Invitable"/>).</summary>
        public static string RoleGiven(string role) => role switch
        {
            PortalRoles.Staff => RoleStaff,
            PortalRoles.Admin => RoleAdmin,
            PortalRoles.Municipality => RoleMunicipality,
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a role staff can be given."),
        };
    }

    public static class Organisation
    {
        public const string Approve = "organisation.approve";
        public const string Reject = "organisation.reject";
        public const string Suspend = "organisation.suspend";
        public const string Reinstate = "organisation.reinstate";
    }

    public static class Vacancy
    {
        public const string Publish = "vacancy.publish";
        public const string SendBack = "vacancy.send-back";
    }

    /// <summary>What staff see or do with a volunteer's personal data.</summary>
    public static class Volunteer
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

    /// <summary>Steps on a mediation case, and every view of its notes and support needs.</summary>
    public static class Mediation
    {
        public const string Open = "mediation.open";
        public const string Assign = "mediation.assign";
        public const string Propose = "mediation.propose";
        public const string Accept = "mediation.accept";
        public const string Decline = "mediation.decline";
        public const string Place = "mediation.place";
        public const string FollowUp = "mediation.followup";
        public const string Close = "mediation.close";
        public const string NotesViewed = "mediation.notes.viewed";
        public const string NoteAdded = "mediation.note.added";
        public const string SupportNeedsViewed = "mediation.support-needs.viewed";
        public const string SupportNeedsChanged = "mediation.support-needs.changed";
    }

    public static class Email
    {
        /// <summary>Staff put a failed e-mail back in the outbox.</summary>
        public const string Resend = "email.resend";
    }

    /// <summary>The centre's settings and its category, skill and "suitable for" lists.</summary>
    public static class Settings
    {
        public const string CentreChange = "settings.centre.change";
        public const string CentreReset = "settings.centre.reset";

        public const string CategoryAdd = "settings.category.add";
        public const string CategoryChange = "settings.category.change";
        public const string CategoryRetire = "settings.category.retire";
        public const string CategoryRestore = "settings.category.restore";

        public const string SkillAdd = "settings.skill.add";
        public const string SkillChange = "settings.skill.change";
        public const string SkillRetire = "settings.skill.retire";
        public const string SkillRestore = "settings.skill.restore";

        public const string SuitableForAdd = "settings.suitable-for.add";
        public const string SuitableForChange = "settings.suitable-for.change";
        public const string SuitableForRetire = "settings.suitable-for.retire";
        public const string SuitableForRestore = "settings.suitable-for.restore";

        public const string QuestionTopicAdd = "settings.question-topic.add";
        public const string QuestionTopicChange = "settings.question-topic.change";
        public const string QuestionTopicRetire = "settings.question-topic.retire";
        public const string QuestionTopicRestore = "settings.question-topic.restore";

        /// <summary>Another centre's vacancy feed added to, changed in or removed from the regional exchange (docs/adr/0150).</summary>
        public const string ExchangeAdd = "settings.exchange.add";
        public const string ExchangeChange = "settings.exchange.change";
        public const string ExchangeRemove = "settings.exchange.remove";
    }

    /// <summary>Organisations' questions to the centre (issue 16): viewing one is audited like viewing mediation notes.</summary>
    public static class Questions
    {
        public const string View = "question.view";
        public const string Answer = "question.answer";
        public const string Note = "question.note";
        public const string Assign = "question.assign";
        public const string MarkAnswered = "question.mark-answered";
        public const string Reopen = "question.reopen";
    }

    /// <summary>The centre's courses and meetings (issue 16).</summary>
    public static class Courses
    {
        public const string Publish = "course.publish";
        public const string Change = "course.change";
        public const string Cancel = "course.cancel";
        public const string ParticipantsView = "course.participants.view";
        public const string Attendance = "course.attendance";
        public const string Export = "course.export";
    }

    /// <summary>Shifts of an organisation's activities (issue 17): the roster shows names and shared needs.</summary>
    public static class Shifts
    {
        public const string RosterView = "shift.roster.view";
        public const string Attendance = "shift.attendance";
        public const string Cancel = "shift.cancel";
    }

    /// <summary>Volunteer hours confirmed or corrected by an organisation (issue 17).</summary>
    public static class Hours
    {
        public const string Confirm = "hours.confirm";
    }

    /// <summary>Every code above, read once from the constants.</summary>
    public static IReadOnlySet<string> All { get; } = typeof(AuditActions)
        .GetNestedTypes()
        .Append(typeof(AuditActions))
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);
}
