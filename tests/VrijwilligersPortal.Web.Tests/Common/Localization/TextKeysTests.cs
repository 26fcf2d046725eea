using System.Reflection;
using System.Text.RegularExpressions;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Web.Common.Localization;

namespace VrijwilligersPortal.Web.Tests.Common.Localization;

/// <summary>
/// The texts of every language against the code (docs/adr/0170, issue 19): a Dutch sentence the code
/// asks for without an English text fails, and so does a translation whose placeholders differ
/// from its key's (string.Format would throw on the page). Keys are found as scripts/texts.py finds
/// them: literals in Localizer["…"], Text["…"], text["…"], [Display(Name = "…")] and Flash("…").
/// </summary>
public partial class TextKeysTests
{
    private static readonly PortalTexts Shipped = PortalTexts.FromAssembly(typeof(SharedResource).Assembly);

    [Fact]
    public void Every_Dutch_sentence_the_code_asks_for_has_an_English_text()
    {
        var keys = KeysInSource();
        var english = Shipped.Of("en");

        Assert.True(keys.Count > 1000, $"only {keys.Count} keys found: the search for them is broken");
        var missing = keys.Where(k => !english.ContainsKey(k.Key)).Select(k => $"{k.Value}: {k.Key}").Order().ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} texts without English (scripts/texts.py missing en):\n" + string.Join('\n', missing.Take(40)));
    }

    [Fact]
    public void Every_translation_keeps_the_placeholders_of_its_Dutch_sentence()
    {
        var wrong = Shipped.Cultures
            .SelectMany(culture => Shipped.Of(culture).Select(t => (Culture: culture, t.Key, t.Value)))
            .Where(t => !Placeholders(t.Key).SetEquals(Placeholders(t.Value)))
            .Select(t => $"{t.Culture}: \"{t.Key}\" → \"{t.Value}\"")
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void No_translation_is_empty()
    {
        var empty = Shipped.Cultures.SelectMany(c => Shipped.Of(c).Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => $"{c}: {t.Key}")).ToList();

        Assert.Empty(empty);
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    /// <summary>Every literal key in src/, with the first file that uses it.</summary>
    private static Dictionary<string, string> KeysInSource()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(src, file).Replace('\\', '/');
            if (relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/Migrations/", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            foreach (var match in LocalizerKey().Matches(text).Concat(DisplayName().Matches(text)).Concat(FlashMessage().Matches(text)))
            {
                keys.TryAdd(Regex.Unescape(match.Groups["key"].Value), relative);
            }
        }

        return keys;
    }

    internal static string RepositoryRoot()
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

    [GeneratedRegex("""\b(?:Localizer|Text|text)\[\s*"(?<key>(?:[^"\\]|\\.)*)"  """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex LocalizerKey();

    [GeneratedRegex("""\[Display\(Name\s*=\s*"(?<key>(?:[^"\\]|\\.)*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex DisplayName();

    [GeneratedRegex("""\b(?:Flash|FlashError)\(\s*"(?<key>(?:[^"\\]|\\.)*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex FlashMessage();

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}

/// <summary>The names of the domain's enumerations are keys too, asked for at run time (<c>Localizer[DutchNames.Of(status)]</c>).</summary>
public class NameKeysTests
{
    [Fact]
    public void Every_Dutch_name_of_a_domain_value_has_an_English_text()
    {
        var english = PortalTexts.FromAssembly(typeof(SharedResource).Assembly).Of("en");
        var names = new List<string>();
        foreach (var method in new[] { typeof(DutchNames), typeof(MediationNames) }.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static)).Where(m => m.Name == "Of"))
        {
            var parameters = method.GetParameters();
            if (parameters.Length == 1)
            {
                names.AddRange(Enum.GetValues(parameters[0].ParameterType).Cast<object>().Select(v => (string)method.Invoke(null, [v])!));
            }
            else
            {
                names.AddRange(
                    from first in Enum.GetValues(parameters[0].ParameterType).Cast<object>()
                    from second in Enum.GetValues(parameters[1].ParameterType).Cast<object>()
                    select (string)method.Invoke(null, [first, second])!);
            }
        }

        Assert.True(names.Count > 60, $"only {names.Count} names found");
        var missing = names.Distinct().Where(n => !english.ContainsKey(n)).ToList();
        Assert.True(missing.Count == 0, "without English: " + string.Join(", ", missing));
    }
}

/// <summary>
/// The Flemish variant (issue 19): every text that names a Dutch institution or uses a Dutch example
/// has a Belgian override, and no override still says the Dutch word.
/// </summary>
public partial class FlemishTextsTests
{
    [Fact]
    public void Every_text_with_a_Dutch_only_term_has_a_Flemish_override_that_drops_it()
    {
        var texts = PortalTexts.FromAssembly(typeof(SharedResource).Assembly);
        var keys = texts.Of("en").Keys;
        var flemish = texts.Of("nl-BE");

        var needed = keys.Where(k => DutchOnly().IsMatch(k)).ToList();
        Assert.NotEmpty(needed);
        Assert.DoesNotContain(needed, k => !flemish.ContainsKey(k));
        Assert.DoesNotContain(flemish.Values, v => DutchOnly().IsMatch(v));
        Assert.DoesNotContain(flemish.Keys, k => !keys.Contains(k));
    }

    // Dutch institutions (VOG, UWV, wijkteam, KvK) and Dutch examples (postcodes, phone and KvK
    // numbers, .nl addresses, Houten as the example municipality).
    [GeneratedRegex(@"\bVOG\b|Verklaring Omtrent|\bUWV\b|wijkteam|\bKvK\b|41234567|3581|06 1234|\.nl\b|\bHouten\b")]
    private static partial Regex DutchOnly();
}

/// <summary>The domain's refusals are shown to people too (<c>Text.Refusal</c>): each message format has an English text.</summary>
public partial class DomainMessageKeysTests
{
    [Fact]
    public void Every_message_the_domain_refuses_with_has_an_English_text()
    {
        var english = PortalTexts.FromAssembly(typeof(SharedResource).Assembly).Of("en");
        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        var domain = Path.Combine(TextKeysTests.RepositoryRoot(), "src", "VrijwilligersPortal.Domain");
        foreach (var file in Directory.EnumerateFiles(domain, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            foreach (Match call in Call().Matches(text))
            {
                foreach (Match literal in Literal().Matches(Arguments(text, call.Index + call.Length)))
                {
                    // A sentence, not a bit of an argument such as "…".
                    var message = Regex.Unescape(literal.Groups["text"].Value);
                    if (message.Contains(' ', StringComparison.Ordinal))
                    {
                        messages.TryAdd(message, Path.GetFileName(file));
                    }
                }
            }
        }

        Assert.True(messages.Count > 150, $"only {messages.Count} messages found: the search for them is broken");
        var missing = messages.Where(m => !english.ContainsKey(m.Key)).Select(m => $"{m.Value}: {m.Key}").ToList();
        Assert.True(missing.Count == 0, "without English:\n" + string.Join('\n', missing));
    }

    /// <summary>The text between the call's opening parenthesis (at <paramref name="start"/>) and its closing one.</summary>
    private static string Arguments(string text, int start)
    {
        var depth = 1;
        var at = start;
        while (depth > 0)
        {
            switch (text[at])
            {
                case '"':
                    at++;
                    while (text[at] != '"')
                    {
                        at += text[at] == '\\' ? 2 : 1;
                    }

                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
            }

            at++;
        }

        return text[start..(at - 1)];
    }

    [GeneratedRegex(@"Guard\.(?:That|Text|OptionalText)\(|DomainException\(")]
    private static partial Regex Call();

    [GeneratedRegex("""(?<!\$)"(?<text>(?:[^"\\]|\\.)*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Literal();
}
