using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Exchange;
using VrijwilligersPortal.Domain.Taxonomy;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Features.OpenData;
using VrijwilligersPortal.Web.Features.Vacancies;

namespace VrijwilligersPortal.Web.Features.Exchange;

/// <summary>What one import of one source did.</summary>
public sealed record ExchangeResult(bool Succeeded, int Public, int Added, int Updated, int Removed, int Skipped, string? Problem);

/// <summary>
/// Imports one source (docs/adr/0150): reads every page of its open vacancy list (the JSON of
/// <see cref="VacancyApiController"/>), and only when all pages were read, makes the imported
/// vacancies equal to it: new ones added, changed ones updated, ones gone at the source closed.
/// A fetch that fails in any way changes nothing but the source's last error. Everything from
/// the feed is untrusted plain text: lengths are cut to what the model holds, links must be
/// http(s), and the views encode it like any other text.
/// </summary>
public sealed partial class ExchangeImporter(IHttpClientFactory http, IOptions<ExchangeOptions> options, TimeProvider clock, ILogger<ExchangeImporter> logger)
{
    public const string ClientName = "exchange";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public async Task<ExchangeResult> ImportAsync(PortalDbContext db, int sourceId, CancellationToken cancellationToken)
    {
        var source = await db.ExchangeSources.SingleOrDefaultAsync(s => s.Id == sourceId && s.RemovedAt == null, cancellationToken);
        if (source is null)
        {
            return new ExchangeResult(false, 0, 0, 0, 0, 0, null);
        }

        List<OpenVacancy> feed;
        try
        {
            feed = await FetchAllAsync(source.FeedUrl, cancellationToken);
        }
        catch (ExchangeFetchException problem)
        {
            LogFailed(logger, source.Id, problem.Code, problem.InnerException?.GetType().Name);
            source.RecordFailure(problem.Message, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return new ExchangeResult(false, source.ImportedCount, 0, 0, 0, 0, problem.Message);
        }

        var result = await ApplyAsync(db, source, feed, cancellationToken);
        LogImported(logger, source.Id, result.Public, result.Added, result.Updated, result.Removed, result.Skipped);
        return result;
    }

    /// <summary>Every page of the list, following its <c>next</c> links on the same website.</summary>
    private async Task<List<OpenVacancy>> FetchAllAsync(string feedUrl, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var first = new Uri(FirstPage(feedUrl, settings.PageSize));
        var client = http.CreateClient(ClientName);
        var vacancies = new List<OpenVacancy>();
        var next = first;
        for (var page = 0; page < settings.MaxPages; page++)
        {
            var body = await GetAsync(client, next, settings.MaxPageBytes, cancellationToken);
            var list = Parse(body);
            vacancies.AddRange(list.Vacancies);
            if (list.Links.Next is not { Length: > 0 } link)
            {
                return vacancies;
            }

            if (!Uri.TryCreate(link, UriKind.Absolute, out var following)
                || following.Scheme is not ("https" or "http")
                || !string.Equals(following.Authority, first.Authority, StringComparison.OrdinalIgnoreCase))
            {
                throw new ExchangeFetchException(ExchangeProblems.OtherHost);
            }

            next = following;
        }

        throw new ExchangeFetchException(ExchangeProblems.TooManyPages);
    }

    /// <summary>The source's address with the page size set and without a page number.</summary>
    public static string FirstPage(string feedUrl, int pageSize)
    {
        var uri = new Uri(feedUrl);
        var query = QueryHelpers.ParseQuery(uri.Query)
            .Where(q => q.Key is not ("aantal" or "pagina"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>("aantal", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString(uri.GetLeftPart(UriPartial.Path), query);
    }

    private static async Task<byte[]> GetAsync(HttpClient client, Uri url, int maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new ExchangeFetchException($"{ExchangeProblems.HttpStatus}:{(int)response.StatusCode}");
            }

            if (response.Content.Headers.ContentLength > maxBytes)
            {
                throw new ExchangeFetchException(ExchangeProblems.TooLarge);
            }

            // Read at most one byte more than allowed: a body without (or with a false) length is cut off there.
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[Math.Min(maxBytes + 1, 64 * 1024)];
            using var body = new MemoryStream();
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                body.Write(buffer, 0, read);
                if (body.Length > maxBytes)
                {
                    throw new ExchangeFetchException(ExchangeProblems.TooLarge);
                }
            }

            return body.ToArray();
        }
        catch (Exception problem) when (problem is TimeoutRejectedException || (problem is TaskCanceledException or OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ExchangeFetchException(ExchangeProblems.Timeout, problem);
        }
        catch (HttpRequestException problem)
        {
            throw new ExchangeFetchException(ExchangeProblems.Unreachable, problem);
        }
        catch (IOException problem)
        {
            throw new ExchangeFetchException(ExchangeProblems.Unreachable, problem);
        }
    }

    private static OpenVacancyPage Parse(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException problem)
        {
            throw new ExchangeFetchException(ExchangeProblems.NotJson, problem);
        }

        OpenVacancyPage? page;
        using (document)
        {
            try
            {
                page = document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Deserialize<OpenVacancyPage>(Json) : null;
            }
            catch (JsonException problem)
            {
                throw new ExchangeFetchException(ExchangeProblems.WrongShape, problem);
            }
        }

        if (page?.Vacancies is null || page.Links is null || page.Vacancies.Any(v => v is null))
        {
            throw new ExchangeFetchException(ExchangeProblems.WrongShape);
        }

        return page;
    }

    private async Task<ExchangeResult> ApplyAsync(PortalDbContext db, ExchangeSource source, List<OpenVacancy> feed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Slug, c => c.Id, cancellationToken);
        var tags = (await db.SuitableForTags.ToListAsync(cancellationToken))
            .GroupBy(t => t.Name.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var organisations = await db.Organisations
            .Where(o => o.ExchangeSourceId == source.Id)
            .ToDictionaryAsync(o => o.SourceOrganisationId!.Value, cancellationToken);
        var existing = await db.Vacancies
            .Include(v => v.SuitableFor)
            .Where(v => v.ExchangeSourceId == source.Id)
            .ToDictionaryAsync(v => v.SourceVacancyId!.Value, cancellationToken);

        var wanted = new List<(OpenVacancy Feed, VacancyContent Content, string Url, List<SuitableForTag> Tags)>();
        var skipped = 0;
        foreach (var item in feed.DistinctBy(v => v.Id))
        {
            if (ToContent(item, categories) is { } content && ExchangeSource.SafeLink(item.Url) is { } url)
            {
                wanted.Add((item, content, url, [.. item.SuitableFor.Select(name => tags.GetValueOrDefault(name.Trim())).OfType<SuitableForTag>()]));
            }
            else
            {
                skipped++;
            }
        }

        // Organisations first: the vacancies need their ids.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var valid = new List<(OpenVacancy Feed, VacancyContent Content, string Url, List<SuitableForTag> Tags)>();
        foreach (var item in wanted)
        {
            var from = item.Feed.Organisation;
            var name = Cut(from.Name, 150);
            var website = ExchangeSource.SafeLink(from.Website) is { Length: <= 300 } site ? site : null;
            try
            {
                if (!organisations.TryGetValue(from.Id, out var organisation))
                {
                    organisations[from.Id] = organisation = Domain.Organisations.Organisation.Imported(source.Id, from.Id, name, website, now);
                    db.Organisations.Add(organisation);
                }
                else if (organisation.Name != name || organisation.Website != website)
                {
                    organisation.UpdateImported(name, website);
                }

                valid.Add(item);
            }
            catch (DomainException)
            {
                skipped++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        int added = 0, updated = 0, removed = 0;
        var seen = new HashSet<int>();
        foreach (var (item, content, url, itemTags) in valid)
        {
            var organisationId = organisations[item.Organisation.Id].Id;
            try
            {
                if (existing.TryGetValue(item.Id, out var vacancy))
                {
                    if (vacancy.Status != VacancyStatus.Published
                        || vacancy.OrganisationId != organisationId
                        || vacancy.SourceUrl != url
                        || vacancy.Content() != content
                        || !vacancy.SuitableFor.Select(t => t.Id).Order().SequenceEqual(itemTags.Select(t => t.Id).Distinct().Order()))
                    {
                        vacancy.UpdateImport(organisationId, url, content, itemTags, now);
                        updated++;
                    }
                }
                else
                {
                    db.Vacancies.Add(Vacancy.Import(source.Id, item.Id, organisationId, url, content, itemTags, now));
                    added++;
                }

                seen.Add(item.Id);
            }
            catch (DomainException)
            {
                skipped++;
            }
        }

        foreach (var (sourceVacancyId, vacancy) in existing)
        {
            if (!seen.Contains(sourceVacancyId) && vacancy.Status == VacancyStatus.Published)
            {
                vacancy.WithdrawImport(now);
                removed++;
            }
        }

        source.RecordSuccess(seen.Count, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ExchangeResult(true, seen.Count, added, updated, removed, skipped, null);
    }

    /// <summary>The feed's vacancy as content here, or null when it cannot be one (an unknown category, no place and not from home).</summary>
    private static VacancyContent? ToContent(OpenVacancy item, Dictionary<string, int> categories)
    {
        if (!categories.TryGetValue(item.Category.Slug, out var categoryId))
        {
            return null;
        }

        var commitment = VacancySearchRequest.CommitmentChoices.FirstOrDefault(c => c.Value == item.Commitment);
        if (commitment.Value is null)
        {
            return null;
        }

        var schedule = WeekSchedule.Empty;
        foreach (var code in item.DayParts)
        {
            var dash = code.IndexOf('-', StringComparison.Ordinal);
            var day = dash < 0 ? -1 : VacancySearchRequest.DayChoices.ToList().FindIndex(d => d.Value == code[..dash]);
            var part = dash < 0 ? null : VacancySearchRequest.PartChoices.Where(p => p.Value == code[(dash + 1)..]).Select(p => (DayPart?)p.Part).FirstOrDefault();
            if (day >= 0 && part is { } p)
            {
                schedule = schedule.With(WeekSchedule.DutchWeek[day], p);
            }
        }

        var location = item.Latitude is { } lat && item.Longitude is { } lon && lat is >= -90 and <= 90 && lon is >= -180 and <= 180
            ? new GeoPoint(lat, lon)
            : (GeoPoint?)null;
        var title = Cut(item.Title, 120);
        var description = Cut(item.Description ?? item.Summary ?? string.Empty, 8000);
        var postcode = Cut(item.Postcode ?? string.Empty, 10);
        var start = item.StartDate;
        var end = item.EndDate;
        return new VacancyContent
        {
            Title = title,
            Description = description.Length > 0 ? description : title,
            CategoryId = categoryId,
            IsRemote = item.Remote,
            Postcode = postcode.Length > 0 ? postcode : null,
            Place = Cut(item.Place ?? string.Empty, 100) is { Length: > 0 } place ? place : null,
            Location = location,
            Commitment = commitment.Commitment,
            Schedule = schedule,
            HoursPerWeek = item.HoursPerWeek is >= 1 and <= 60 ? item.HoursPerWeek : null,
            StartDate = start is not null && end is not null && end < start ? null : start,
            EndDate = end,
            Places = item.Places is >= 1 ? item.Places : null,
            MinimumAge = item.MinimumAge is >= 10 and <= 99 ? item.MinimumAge : null,
            RequiresVog = item.RequiresVog,
            ContactName = string.Empty,
            ContactEmail = string.Empty,
        };
    }

    /// <summary>Plain text on one level: trimmed, control characters out, at most <paramref name="length"/> characters.</summary>
    private static string Cut(string text, int length)
    {
        var clean = new string([.. text.Where(c => !char.IsControl(c) || c is '\n')]).Trim();
        return clean.Length <= length ? clean : clean[..length].TrimEnd();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Exchange source {SourceId}: fetch failed ({Problem}, {Exception}); nothing changed")]
    private static partial void LogFailed(ILogger logger, int sourceId, string problem, string? exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Exchange source {SourceId}: {Public} public, {Added} added, {Updated} updated, {Removed} removed, {Skipped} skipped")]
    private static partial void LogImported(ILogger logger, int sourceId, int @public, int added, int updated, int removed, int skipped);
}
