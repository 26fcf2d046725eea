using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Common.Localization;

/// <summary>
/// The texts of one e-mail in its receiver's culture (docs/adr/0171): the Dutch sentence is the key, as
/// everywhere in the portal, but the culture is the reader's, not the request's, because a job has
/// no request and a staff member's action mails a volunteer who reads another language. The
/// variable is called <c>text</c> in the mail templates, so the key test and scripts/texts.py find
/// its keys like the pages' keys. It is an <see cref="IStringLocalizer"/> bound to that culture, for
/// code that takes one (<see cref="RefusalText"/>); the templates use its indexers, which give strings.
/// </summary>
public sealed class MailText(PortalTexts texts, CultureInfo culture) : IStringLocalizer
{
    public CultureInfo Culture { get; } = culture;

    /// <summary>The text of a Dutch sentence, or a domain value's Dutch name, in the reader's culture.</summary>
    public string this[string key] => texts.Find(key, Culture) ?? key;

    /// <summary>A Dutch format in the reader's culture, filled with the reader's formats for numbers and dates.</summary>
    public string this[string key, params object?[] arguments] => string.Format(Culture, this[key], arguments);

    /// <summary>Paragraphs of a mail's body, a blank line between them; an empty one is left out.</summary>
    public static string Body(params IEnumerable<string> paragraphs) =>
        string.Join("\n\n", paragraphs.Where(p => p.Length > 0));

    /// <summary>"2 november 2026" / "2 November 2026", on the clock of the Netherlands and Belgium.</summary>
    public string Date(DateTimeOffset at) => DutchTime.Date(at, Culture);

    /// <summary>"2 november 2026".</summary>
    public string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>"2 november 2026 om 10:00" / "2 November 2026 at 10:00".</summary>
    public string DateAndTime(DateTimeOffset at) => DutchTime.DateAndTime(at, Culture);

    /// <summary>"10:00".</summary>
    public string Time(DateTimeOffset at) => DutchTime.Time(at);

    LocalizedString IStringLocalizer.this[string name] => Localized(name, this[name]);

    LocalizedString IStringLocalizer.this[string name, params object[] arguments] => Localized(name, this[name, arguments]);

    IEnumerable<LocalizedString> IStringLocalizer.GetAllStrings(bool includeParentCultures)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var c = Culture; !string.IsNullOrEmpty(c.Name); c = includeParentCultures ? c.Parent : CultureInfo.InvariantCulture)
        {
            foreach (var (key, text) in texts.Of(c.Name).Where(t => seen.Add(t.Key)))
            {
                yield return new LocalizedString(key, text);
            }
        }
    }

    /// <summary>Dutch texts are their own keys, so only a missing text in another language is "not found".</summary>
    private LocalizedString Localized(string name, string value) =>
        new(name, value, resourceNotFound: texts.Find(name, Culture) is null && Culture.TwoLetterISOLanguageName != "nl");
}

/// <summary>
/// Which language each receiver of a mail reads (docs/adr/0171): an account's
/// <see cref="Infrastructure.Identity.PortalUser.PreferredLanguage"/>, found by its e-mail address
/// (or the account itself); anyone without an account reads the centre's Dutch (nl-NL, or nl-BE in
/// Belgium). Jobs ask for a whole batch of addresses in one query.
/// </summary>
public sealed class MailTexts(PortalDbContext db, PortalTexts texts, IOptionsSnapshot<CentreOptions> centre, ILookupNormalizer normalizer)
{
    /// <summary>The texts in a stored language code ("nl", "en") at this centre.</summary>
    public MailText In(string? language) => new(texts, PortalCultures.For(language, centre.Value.Country));

    /// <summary>The centre's own Dutch, for a reader without an account (or the centre's own mailbox).</summary>
    public MailText CentreDutch => In(PortalLanguages.Dutch);

    /// <summary>The texts for the reader at <paramref name="address"/>.</summary>
    public async Task<MailText> ForAsync(string address, CancellationToken cancellationToken = default) =>
        (await ForAllAsync([address], cancellationToken))(address);

    /// <summary>The texts for each of <paramref name="addresses"/>, in one query; an address not asked for reads the centre's Dutch.</summary>
    public async Task<Func<string, MailText>> ForAllAsync(IEnumerable<string> addresses, CancellationToken cancellationToken = default)
    {
        var normalized = addresses.Where(a => !string.IsNullOrWhiteSpace(a)).Select(Normalize).Distinct().ToList();
        var languages = normalized.Count == 0
            ? []
            : await db.Users.AsNoTracking()
                .Where(u => u.NormalizedEmail != null && normalized.Contains(u.NormalizedEmail))
                .Select(u => new { u.NormalizedEmail, u.PreferredLanguage })
                .ToListAsync(cancellationToken);
        var byAddress = languages
            .GroupBy(l => l.NormalizedEmail!)
            .ToDictionary(g => g.Key, g => In(g.First().PreferredLanguage), StringComparer.Ordinal);
        var dutch = CentreDutch;
        return address => byAddress.GetValueOrDefault(Normalize(address)) ?? dutch;
    }

    private string Normalize(string address) => normalizer.NormalizeEmail(address.Trim()) ?? string.Empty;
}
