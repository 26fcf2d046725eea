using System.Text.RegularExpressions;
using VrijwilligersPortal.Domain.Reminders;
using VrijwilligersPortal.Infrastructure.Seeding;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Features.BackOffice.Mediations;
using VrijwilligersPortal.Web.Features.BackOffice.Settings;
using VrijwilligersPortal.Web.Features.ForYou;
using VrijwilligersPortal.Web.Features.Reminders;

namespace VrijwilligersPortal.Web.Tests.Common.Localization;

/// <summary>
/// Keys the code builds at run time from lists of labels (docs/adr/0170: the key test and
/// scripts/texts.py see only literal keys). Each list is read from the code itself, so a label
/// added to it without English fails here.
/// </summary>
public partial class DynamicKeysTests
{
    private static readonly IReadOnlyDictionary<string, string> English = PortalTexts.FromAssembly(typeof(SharedResource).Assembly).Of("en");

    public static TheoryData<string> Lists() => [.. Labels().Keys];

    [Theory]
    [MemberData(nameof(Lists))]
    public void Every_label_the_code_builds_a_key_from_has_an_English_text(string list)
    {
        var labels = Labels()[list];

        Assert.NotEmpty(labels);
        var missing = labels.Where(l => !English.ContainsKey(l)).ToList();
        Assert.True(missing.Count == 0, $"{list}: without English in Resources/en/*.json:\n" + string.Join('\n', missing));
    }

    private static Dictionary<string, IReadOnlyList<string>> Labels() => new()
    {
        ["ReferenceData (seeded list names, docs/adr/0180)"] = [.. ReferenceData.Categories.Concat(ReferenceData.Skills).Concat(ReferenceData.SuitableFor).Concat(ReferenceData.QuestionTopics).Select(s => s.Name)],
        ["AlertForm.Thresholds"] = [.. AlertForm.Thresholds.Select(t => t.Text)],
        ["ReferenceList titles"] = [.. ReferenceList.Lists.Select(l => l.Title)],
        ["ScheduleText"] = [.. ScheduleText.ShortDays.Values, .. ScheduleText.Words],
        ["HistoryRow.Roles"] = [.. HistoryRow.Roles],
        ["OptOutPage.What"] = [.. new string?[] { ReminderKinds.ApplicationUnanswered, ReminderKinds.ApplicationStillWaiting, ReminderKinds.VacancyExpiring, null }.Select(k => new OptOutPage(null, k, OptOutState.Confirm).What)],
        ["ProfileGaps"] = Literals("VrijwilligersPortal.Domain/Matching/ProfileGaps.cs", @"new\(ProfileField\.\w+,\s*"),
        ["ReportBuilder rows"] = [.. Literals("VrijwilligersPortal.Web/Features/BackOffice/Reports/ReportBuilder.cs", @"(?:Row|text)\(\s*"), .. Literals("VrijwilligersPortal.Web/Features/BackOffice/Reports/ReportBuilder.cs", @"\(\s*(?=""[^""]+"",\s*age)"), .. Literals("VrijwilligersPortal.Web/Features/BackOffice/Reports/ReportBuilder.cs", @"StillActiveDefinition =\s*")],
        ["ReasonText (match reasons)"] = Literals("VrijwilligersPortal.Domain/Matching/ReasonText.cs", @"(?<!//[^\n]*)"),
        ["ReportHours rows"] = Literals("VrijwilligersPortal.Web/Features/BackOffice/Reports/ReportHours.cs", @"text\(\s*"),
    };

    /// <summary>Every string literal that follows <paramref name="before"/> in a file under src/.</summary>
    private static List<string> Literals(string file, string before)
    {
        var text = File.ReadAllText(Path.Combine(TextKeysTests.RepositoryRoot(), "src", file));
        return [.. Regex.Matches(text, before + """(?<!\$)"(?<text>(?:[^"\\]|\\.)*)" """.TrimEnd()).Select(m => Regex.Unescape(m.Groups["text"].Value)).Distinct()];
    }
}
