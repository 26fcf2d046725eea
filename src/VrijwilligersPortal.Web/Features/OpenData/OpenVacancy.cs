using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Features.Vacancies;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.OpenData;

/// <summary>
/// A public vacancy as the open data shows it. Never personal data: the organisation's and the
/// vacancy's contact people (name, e-mail, phone) are left out on purpose, and the place is the
/// four-digit postcode area with its centre, not an address.
/// </summary>
public sealed record OpenVacancy
{
    public required int Id { get; init; }

    public required string Title { get; init; }

    /// <summary>The vacancy's page on the portal (absolute), where a volunteer responds.</summary>
    public required string Url { get; init; }

    /// <summary>In the list: the start of the description (at most 300 characters).</summary>
    public string? Summary { get; init; }

    /// <summary>In the single vacancy only: the full description, plain text.</summary>
    public string? Description { get; init; }

    public required OpenOrganisation Organisation { get; init; }

    public required OpenCategory Category { get; init; }

    /// <summary>True when the work can be done from home.</summary>
    public required bool Remote { get; init; }

    /// <summary>Four-digit postcode area.</summary>
    public string? Postcode { get; init; }

    public string? Place { get; init; }

    /// <summary>Centre of the postcode area.</summary>
    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>eenmalig, kortlopend or structureel (the values of the <c>duur</c> filter).</summary>
    public required string Commitment { get; init; }

    /// <summary>When the work is done: day and daypart, such as "za-ochtend" (the values of the <c>dagdeel</c> filter, joined).</summary>
    public required IReadOnlyList<string> DayParts { get; init; }

    public int? HoursPerWeek { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public int? Places { get; init; }

    public int? MinimumAge { get; init; }

    /// <summary>A certificate of conduct (VOG) is needed.</summary>
    public required bool RequiresVog { get; init; }

    public required IReadOnlyList<string> SuitableFor { get; init; }

    /// <summary>In the single vacancy only.</summary>
    public IReadOnlyList<string>? Skills { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
}

public sealed record OpenOrganisation(int Id, string Name, string? Website);

public sealed record OpenCategory(string Slug, string Name);

/// <summary>A page of the open vacancy list, with links to the other pages and to the same search as a feed.</summary>
public sealed record OpenVacancyPage(
    int Total,
    int Page,
    int PageCount,
    int PageSize,
    IReadOnlyList<OpenVacancy> Vacancies,
    IReadOnlyList<string> Notices,
    OpenVacancyLinks Links);

public sealed record OpenVacancyLinks(string Self, string? Next, string? Previous, string Html, string Rss, string Atom);

/// <summary>Reads the vacancies the index chose, projected in SQL, in the index's order.</summary>
public static class OpenVacancyQuery
{
    public const int SummaryLength = 300;

    /// <summary>The vacancies with these ids, in this order (the index decided which are public and their order).</summary>
    public static async Task<List<OpenVacancy>> ListAsync(PortalDbContext db, PublicUrls urls, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToArray();
        var rows = await Project(db.Vacancies.AsNoTracking().Where(v => wanted.Contains(v.Id)), withDetails: false).ToListAsync(cancellationToken);
        var byId = rows.ToDictionary(r => r.Id);
        return [.. ids.Where(byId.ContainsKey).Select(id => ToOpen(byId[id], urls))];
    }

    /// <summary>One public vacancy of this centre's own (published, approved organisation, not past its end date), with its description and skills.</summary>
    public static async Task<OpenVacancy?> FindPublicAsync(PortalDbContext db, PublicUrls urls, int id, DateOnly today, CancellationToken cancellationToken)
    {
        // Imported vacancies are the source centre's to publish (docs/adr/0150).
        var row = await Project(db.Vacancies.AsNoTracking().PublicOn(today).Where(v => v.Id == id && v.ExchangeSourceId == null), withDetails: true).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        row.Skills = await db.Vacancies.AsNoTracking().Where(v => v.Id == id)
            .SelectMany(v => v.Skills)
            .OrderBy(s => s.SortOrder)
            .Select(s => s.Name)
            .ToListAsync(cancellationToken);
        return ToOpen(row, urls);
    }

    public static string CommitmentCode(Commitment commitment) =>
        VacancySearchRequest.CommitmentChoices.First(c => c.Commitment == commitment).Value;

    public static IReadOnlyList<string> DayPartCodes(WeekSchedule schedule)
    {
        var codes = new List<string>();
        for (var day = 0; day < 7; day++)
        {
            foreach (var (value, part) in VacancySearchRequest.PartChoices)
            {
                if (schedule.Has(WeekSchedule.DutchWeek[day], part))
                {
                    codes.Add($"{VacancySearchRequest.DayChoices[day].Value}-{value}");
                }
            }
        }

        return codes;
    }

    private static IQueryable<Row> Project(IQueryable<Vacancy> vacancies, bool withDetails) =>
        vacancies
            .Select(v => new Row
            {
                Id = v.Id,
                Title = v.Title,
                Text = withDetails ? v.Description : v.Description.Substring(0, SummaryLength + 1),
                OrganisationId = v.OrganisationId,
                OrganisationName = v.Organisation!.Name,
                OrganisationWebsite = v.Organisation.Website,
                CategorySlug = v.Category!.Slug,
                CategoryName = v.Category.Name,
                IsRemote = v.IsRemote,
                Postcode = v.Postcode,
                Place = v.Place,
                Latitude = v.Latitude,
                Longitude = v.Longitude,
                Commitment = v.Commitment,
                Schedule = v.Schedule,
                HoursPerWeek = v.HoursPerWeek,
                StartDate = v.StartDate,
                EndDate = v.EndDate,
                Places = v.Places,
                MinimumAge = v.MinimumAge,
                RequiresVog = v.RequiresVog,
                SuitableFor = v.SuitableFor.OrderBy(t => t.SortOrder).Select(t => t.Name).ToList(),
                PublishedAt = v.PublishedAt,
                UpdatedAt = v.UpdatedAt,
                WithDetails = withDetails,
            })
            .AsSplitQuery();

    private static OpenVacancy ToOpen(Row row, PublicUrls urls) => new()
    {
        Id = row.Id,
        Title = row.Title,
        Url = urls.Absolute($"/vacatures/{row.Id}/{Common.Slug.From(row.Title)}"),
        Summary = row.WithDetails ? null : Summarize(row.Text),
        Description = row.WithDetails ? row.Text : null,
        Organisation = new OpenOrganisation(row.OrganisationId, row.OrganisationName, WebsiteOrNull(row.OrganisationWebsite)),
        Category = new OpenCategory(row.CategorySlug, row.CategoryName),
        Remote = row.IsRemote,
        Postcode = row.Postcode,
        Place = row.Place,
        Latitude = row.Latitude,
        Longitude = row.Longitude,
        Commitment = CommitmentCode(row.Commitment),
        DayParts = DayPartCodes(row.Schedule),
        HoursPerWeek = row.HoursPerWeek,
        StartDate = row.StartDate,
        EndDate = row.EndDate,
        Places = row.Places,
        MinimumAge = row.MinimumAge,
        RequiresVog = row.RequiresVog,
        SuitableFor = row.SuitableFor,
        Skills = row.Skills,
        PublishedAt = row.PublishedAt,
        UpdatedAt = row.UpdatedAt,
    };

    /// <summary>At most <see cref="SummaryLength"/> characters, cut at a word with an ellipsis.</summary>
    public static string Summarize(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= SummaryLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', SummaryLength - 1);
        return flat[..(cut > SummaryLength / 2 ? cut : SummaryLength - 1)] + "…";
    }

    private static string? WebsiteOrNull(string? website) =>
        website is { Length: > 0 } && Uri.TryCreate(website, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri.ToString() : null;

    private sealed class Row
    {
        public int Id { get; init; }

        public string Title { get; init; } = string.Empty;

        public string Text { get; init; } = string.Empty;

        public int OrganisationId { get; init; }

        public string OrganisationName { get; init; } = string.Empty;

        public string? OrganisationWebsite { get; init; }

        public string CategorySlug { get; init; } = string.Empty;

        public string CategoryName { get; init; } = string.Empty;

        public bool IsRemote { get; init; }

        public string? Postcode { get; init; }

        public string? Place { get; init; }

        public double? Latitude { get; init; }

        public double? Longitude { get; init; }

        public Commitment Commitment { get; init; }

        public WeekSchedule Schedule { get; init; }

        public int? HoursPerWeek { get; init; }

        public DateOnly? StartDate { get; init; }

        public DateOnly? EndDate { get; init; }

        public int? Places { get; init; }

        public int? MinimumAge { get; init; }

        public bool RequiresVog { get; init; }

        public List<string> SuitableFor { get; init; } = [];

        public List<string>? Skills { get; set; }

        public DateTimeOffset? PublishedAt { get; init; }

        public DateTimeOffset UpdatedAt { get; init; }

        public bool WithDetails { get; init; }
    }
}
