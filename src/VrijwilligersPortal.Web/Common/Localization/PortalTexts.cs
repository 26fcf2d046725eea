using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace VrijwilligersPortal.Web.Common.Localization;

/// <summary>
/// The portal's translations: per culture a dictionary from the Dutch sentence (the key every view,
/// controller and validator already uses) to the sentence in that culture, read from the JSON files
/// embedded from <c>Resources/&lt;culture&gt;/</c> (docs/adr/0170). A feature keeps its own file, so
/// translations of different features never touch the same file. Dutch needs no file: the key is
/// the Dutch text. A culture falls back to its parent (nl-BE to nl), then to the key.
/// </summary>
public sealed class PortalTexts
{
    private const string Prefix = "VrijwilligersPortal.Web.Resources.";

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byCulture;

    public PortalTexts(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byCulture) =>
        _byCulture = byCulture.ToFrozenDictionary(c => c.Key, c => c.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);

    /// <summary>The cultures that have texts of their own.</summary>
    public IEnumerable<string> Cultures => _byCulture.Keys;

    /// <summary>Reads every embedded <c>Resources/&lt;culture&gt;/*.json</c> of <paramref name="assembly"/>; a key twice in one culture is an error.</summary>
    public static PortalTexts FromAssembly(Assembly assembly)
    {
        var byCulture = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            // VrijwilligersPortal.Web.Resources.<culture>/<File>.json (the LogicalName in the project file).
            var culture = name[Prefix.Length..].Split('/', '\\')[0];
            using var stream = assembly.GetManifestResourceStream(name)!;
            var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"{name} holds no texts.");
            if (!byCulture.TryGetValue(culture, out var all))
            {
                byCulture[culture] = all = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            foreach (var (key, value) in texts)
            {
                if (!all.TryAdd(key, value))
                {
                    throw new InvalidOperationException($"The text \"{key}\" is translated twice for {culture} ({name}).");
                }
            }
        }

        return new PortalTexts(byCulture.ToDictionary(c => c.Key, c => (IReadOnlyDictionary<string, string>)c.Value, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The text for <paramref name="key"/> in <paramref name="culture"/> or its parents, or null (then the Dutch key is shown).</summary>
    public string? Find(string key, CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (_byCulture.TryGetValue(c.Name, out var texts) && texts.TryGetValue(key, out var text))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>Every key and text of <paramref name="culture"/> itself (not its parents).</summary>
    public IReadOnlyDictionary<string, string> Of(string culture) =>
        _byCulture.TryGetValue(culture, out var texts) ? texts : FrozenDictionary<string, string>.Empty;
}
