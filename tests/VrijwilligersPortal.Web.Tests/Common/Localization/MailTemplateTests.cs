using System.Text.RegularExpressions;
using VrijwilligersPortal.Web.Common.Localization;

namespace VrijwilligersPortal.Web.Tests.Common.Localization;

/// <summary>
/// The mail templates keep every sentence in the reader's language (docs/adr/0171): each mail is
/// built in a <c>*Emails.cs</c> file, every sentence there goes through <c>text["…"]</c> (the
/// reader's <see cref="MailText"/>), and every such key has English. A template that writes a Dutch
/// sentence straight into a string fails here, whatever the key tests see.
/// </summary>
public partial class MailTemplateTests
{
    private static readonly string Web = Path.Combine(TextKeysTests.RepositoryRoot(), "src", "VrijwilligersPortal.Web");

    [Fact]
    public void Every_mail_is_built_in_a_mail_template_file()
    {
        var elsewhere = SourceFiles()
            .Where(f => !f.EndsWith("Emails.cs", StringComparison.Ordinal))
            .Where(f => MailBuilt().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Web, f))
            .ToList();

        Assert.Empty(elsewhere);
    }

    [Fact]
    public void No_mail_template_writes_a_sentence_that_is_not_a_text_key()
    {
        var templates = Templates();
        Assert.True(templates.Count >= 14, $"only {templates.Count} mail templates found");

        var literal = new List<string>();
        foreach (var file in templates)
        {
            var code = string.Join('\n', File.ReadAllLines(file).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
            var withoutKeys = TextKey().Replace(code, "text[KEY");
            literal.AddRange(StringLiteral().Matches(withoutKeys)
                .Select(m => Placeholder().Replace(m.Value, " "))
                .Where(s => Sentence().IsMatch(s))
                .Select(s => $"{Path.GetFileName(file)}: {s}"));
        }

        Assert.Empty(literal);
    }

    [Fact]
    public void Every_sentence_of_every_mail_template_has_English()
    {
        var english = PortalTexts.FromAssembly(typeof(SharedResource).Assembly).Of("en");
        var keys = Templates()
            .SelectMany(f => TextKey().Matches(File.ReadAllText(f)).Select(m => Regex.Unescape(m.Groups["key"].Value)))
            .Distinct()
            .ToList();

        Assert.True(keys.Count > 150, $"only {keys.Count} mail texts found: the search for them is broken");
        Assert.DoesNotContain(keys, k => !english.ContainsKey(k));
    }

    private static List<string> Templates() => [.. SourceFiles().Where(f => f.EndsWith("Emails.cs", StringComparison.Ordinal))];

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Web, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/Migrations/", StringComparison.Ordinal));

    /// <summary>A new EmailMessage, or a method that returns one.</summary>
    [GeneratedRegex(@"new\s+EmailMessage\s*\(|\bEmailMessage\s+[A-Z]\w*\s*\(")]
    private static partial Regex MailBuilt();

    [GeneratedRegex("""\btext\[\s*"(?<key>(?:[^"\\]|\\.)*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex TextKey();

    /// <summary>Raw ("""…"""), interpolated and plain string literals.</summary>
    [GeneratedRegex("\\$*\"\"\"[\\s\\S]*?\"\"\"|\\$?@?\"(?:[^\"\\\\\\n]|\\\\.)*\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Placeholder();

    /// <summary>Two words in a row: a sentence, not a path, a format or a code.</summary>
    [GeneratedRegex(@"\p{L}{2,}\s+\p{L}{2,}")]
    private static partial Regex Sentence();
}
