using System.Text.RegularExpressions;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Web.Tests.Features.BackOffice;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Organisations;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Settings;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Staff;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Volunteers;
using VrijwilligersPortal.Web.Tests.Jobs;

namespace VrijwilligersPortal.Web.Tests.Features.BackOffice.Audit;

/// <summary>
/// Audit codes are stored and filtered on, so they come from one list of constants
/// (<see cref="AuditActions"/>, docs/adr/0106) and never from a method name or a literal elsewhere.
/// </summary>
public partial class AuditActionsTests
{
    /// <summary>
    /// The codes rows in the database already carry. A code here may never change its spelling;
    /// a new code is added to both lists.
    /// </summary>
    private static readonly string[] StoredCodes =
    [
        "admin.create",
        "staff.invite", "staff.revoke", "staff.mfa.reset", "staff.role.staff", "staff.role.admin", "staff.role.municipality",
        "organisation.approve", "organisation.reject", "organisation.suspend", "organisation.reinstate",
        "vacancy.publish", "vacancy.send-back",
        "volunteer.search", "volunteer.candidates.viewed", "volunteer.export", "volunteer.erase", "volunteer.erase.inactive",
        "mediation.open", "mediation.assign", "mediation.propose", "mediation.accept", "mediation.decline", "mediation.place",
        "mediation.followup", "mediation.close", "mediation.notes.viewed", "mediation.note.added",
        "mediation.support-needs.viewed", "mediation.support-needs.changed",
        "email.resend",
        "settings.centre.change", "settings.centre.reset",
        "settings.category.add", "settings.category.change", "settings.category.retire", "settings.category.restore",
        "settings.skill.add", "settings.skill.change", "settings.skill.retire", "settings.skill.restore",
        "settings.suitable-for.add", "settings.suitable-for.change", "settings.suitable-for.retire", "settings.suitable-for.restore",
        "settings.question-topic.add", "settings.question-topic.change", "settings.question-topic.retire", "settings.question-topic.restore",
        "settings.exchange.add", "settings.exchange.change", "settings.exchange.remove",
        "question.view", "question.answer", "question.note", "question.assign", "question.mark-answered", "question.reopen",
        "course.publish", "course.change", "course.cancel", "course.participants.view", "course.attendance", "course.export",
        "shift.roster.view", "shift.attendance", "shift.cancel", "hours.confirm",
    ];

    [Fact]
    public void The_list_holds_exactly_the_stored_codes_unchanged()
    {
        Assert.Equal(StoredCodes.Order(StringComparer.Ordinal), AuditActions.All.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_code_is_a_short_dotted_lower_case_code()
    {
        Assert.All(AuditActions.All, code =>
        {
            Assert.Matches(Code(), code);
            Assert.True(code.Length <= AuditLog.ActionMaxLength, code);
        });
    }

    [Fact]
    public void Source_code_writes_no_audit_code_outside_the_list()
    {
        var prefixes = AuditActions.All.Select(c => c[..c.IndexOf('.', StringComparison.Ordinal)]).Distinct().ToList();

        // A literal such as "mediation.close" or "mediation." + ActionName, or an interpolated
        // $"settings.{list}.add": anything that starts like a code, outside the list itself.
        var literal = new Regex("\\$?@?\"(" + string.Join('|', prefixes.Select(Regex.Escape)) + ")\\.", RegexOptions.CultureInvariant);
        var offenders = new List<string>();
        var src = Path.Combine(RepositoryRoot(), "src");
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(src, file).Replace('\\', '/');
            if (relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal)
                || relative.Contains("/Migrations/", StringComparison.Ordinal)
                || relative == "VrijwilligersPortal.Infrastructure/Audit/AuditActions.cs")
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.TrimStart().StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                if (literal.IsMatch(line) || (line.Contains("ActionName", StringComparison.Ordinal) && line.Contains("Audit", StringComparison.OrdinalIgnoreCase)))
                {
                    offenders.Add($"{relative}:{i + 1}: {line.Trim()}");
                }
            }
        }

        Assert.Empty(offenders);
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+$")]
    private static partial Regex Code();

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "VrijwilligersPortal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (VrijwilligersPortal.sln) not found above " + AppContext.BaseDirectory);
    }
}
