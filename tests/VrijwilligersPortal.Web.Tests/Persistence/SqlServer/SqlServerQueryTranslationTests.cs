using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Matching;
using VrijwilligersPortal.Infrastructure.Jobs;
using VrijwilligersPortal.Infrastructure.Matching;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Infrastructure.Search;
using VrijwilligersPortal.Web.Features.BackOffice.Mediations;
using VrijwilligersPortal.Web.Features.BackOffice.Organisations;
using VrijwilligersPortal.Web.Features.BackOffice.Reports;
using VrijwilligersPortal.Web.Features.Organisation.Vacancies;
using VrijwilligersPortal.Web.Features.Vacancies;
using VrijwilligersPortal.Web.PersonalData;

namespace VrijwilligersPortal.Web.Tests.Persistence.SqlServer;

/// <summary>
/// The application's real queries — search, matching, lists, reports, the back office's counts and case
/// page, the data export, job leases — run on a SQL Server-configured context that records the SQL
/// instead of sending it (<see cref="SqlServerContexts"/>). A LINQ query EF cannot translate for
/// SQL Server throws here; every recorded statement must parse as T-SQL. Empty answers end some
/// flows early (no vacancy, no volunteer), so each case names the statements it must reach.
/// </summary>
public class SqlServerQueryTranslationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    private readonly SqlServerContexts.Recorder _recorder = new();

    [Fact]
    public async Task Search_reads_its_candidates_and_both_text_search_modes_translate()
    {
        using var db = SqlServerContexts.Create(_recorder);
        var index = Index();
        await Tolerate(() => index.SearchAsync(db, new VacancySearchCriteria { Origin = new GeoPoint(52.09, 5.12), DistanceKm = 10 }, Today));
        var words = SearchWords.From("café knotten");

        await Tolerate(() => SqlServerFullText.FullTextHits(db, words).ToListAsync());
        await Tolerate(() => SqlServerFullText.FallbackHits(db, words).ToListAsync());

        AssertRecordedParse(atLeast: 3, "FROM [Vacancies]");
        Assert.Contains(_recorder.Commands, c => c.Contains("CONTAINSTABLE(\"Vacancies\", \"SearchText\", @p0, LANGUAGE 1043)", StringComparison.Ordinal));
        Assert.Contains(_recorder.Commands, c => c.Contains("COLLATE Latin1_General_100_CI_AI LIKE @p1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Matching_ranks_vacancies_and_volunteers()
    {
        using var db = SqlServerContexts.Create(_recorder);
        var index = Index();
        var matching = new MatchingQueries(db, index, new FakeTimeProvider(Now), MatchWeights.Default);
        var volunteer = new VolunteerSnapshot { Id = 1, Location = new GeoPoint(52.09, 5.12), MaxDistanceKm = 15 };

        await Tolerate(() => matching.VolunteerAsync(1, CancellationToken.None));
        await Tolerate(() => matching.RankVacanciesAsync(volunteer, 10, CancellationToken.None));
        await Tolerate(() => matching.RankVolunteersAsync(1, 10, CancellationToken.None));

        AssertRecordedParse(atLeast: 3, "[Volunteers]");
    }

    [Fact]
    public async Task Vacancy_pages_and_the_organisation_list_translate()
    {
        using var db = SqlServerContexts.Create(_recorder);

        await Tolerate(() => VacancyDetailQuery.FindPublicAsync(db, 1, Today, CancellationToken.None));
        await Tolerate(() => VacancyDetailQuery.FindAnyAsync(db, 1, CancellationToken.None));
        await Tolerate(() => VacancyRows.ForOrganisationAsync(db, 1, Now, TimeSpan.FromDays(10), CancellationToken.None));
        var publicList = db.Vacancies.PublicOn(Today).OrderByDescending(v => v.PublishedAt).Take(12).ToQueryString();

        AssertRecordedParse(atLeast: 3, "[Vacancies]");
        TSql.AssertParses(publicList, "The public vacancy list");
    }

    [Fact]
    public async Task Back_office_counts_case_page_response_times_and_retention_translate()
    {
        using var db = SqlServerContexts.Create(_recorder);
        var index = Index();
        var matching = new MatchingQueries(db, index, new FakeTimeProvider(Now), MatchWeights.Default);

        await Tolerate(() => MediationDashboard.CountsAsync(db, Now));
        await Tolerate(() => CasePageQuery.LoadAsync(db, matching, 1, Now, 5, new Dictionary<Guid, string>(), CancellationToken.None));
        await Tolerate(() => ResponseTimes.ForOrganisationAsync(db, 1, CancellationToken.None));
        await Tolerate(() => MediationRetention.RemoveExpiredNotesAsync(db, Now, TimeSpan.FromDays(730)));

        AssertRecordedParse(atLeast: 4, "[Mediations]");
    }

    [Fact]
    public async Task The_reports_read_their_history_for_the_whole_centre_and_one_municipality()
    {
        using var db = SqlServerContexts.Create(_recorder);

        await Tolerate(() => ReportQueries.AreasAsync(db, CancellationToken.None));
        await Tolerate(() => ReportQueries.CodesAsync(db, "Utrecht", null, CancellationToken.None));
        await Tolerate(() => ReportQueries.LoadAsync(db, [ReportPeriod.Year(2026), ReportPeriod.Month(2025, 3)], null, CancellationToken.None));
        await Tolerate(() => ReportQueries.LoadAsync(db, [ReportPeriod.Year(2026)], ["3511", "3581"], CancellationToken.None));

        AssertRecordedParse(atLeast: 4, "[Applications]");
    }

    [Fact]
    public async Task The_data_export_and_job_leases_translate()
    {
        var services = new ServiceCollection()
            .AddScoped<PortalDbContext>(_ => SqlServerContexts.Create(_recorder))
            .BuildServiceProvider();
        using var db = SqlServerContexts.Create(_recorder);

        await Tolerate(() => VolunteerDataExport.BuildAsync(db, 1, null, [], "Centrale", Now, CancellationToken.None));
        await Tolerate(() => new JobLeases(services.GetRequiredService<IServiceScopeFactory>(), new FakeTimeProvider(Now), Microsoft.Extensions.Options.Options.Create(new JobLeaseOptions()), Microsoft.Extensions.Logging.Abstractions.NullLogger<JobLeases>.Instance).TryAcquireAsync("alerts", "here", TimeSpan.FromMinutes(5)));

        AssertRecordedParse(atLeast: 3, "UPDATE [j]");
        Assert.Contains(_recorder.Commands, c => c.Contains("WITH (UPDLOCK, HOLDLOCK)", StringComparison.Ordinal));
    }

    /// <summary>
    /// Runs real code against the recording context. Empty answers make some of it throw
    /// ("Sequence contains no elements"); a query EF cannot translate for SQL Server must not be
    /// tolerated, so that fails the test.
    /// </summary>
    /// <summary>An index that builds from contexts recording into the same recorder.</summary>
    private PublicVacancyIndex Index()
    {
        var services = new ServiceCollection().AddScoped<PortalDbContext>(_ => SqlServerContexts.Create(_recorder)).BuildServiceProvider();
        return new PublicVacancyIndex(
            services.GetRequiredService<IServiceScopeFactory>(),
            new FakeTimeProvider(Now),
            Microsoft.Extensions.Options.Options.Create(new PublicVacancyIndexOptions()),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<PublicVacancyIndex>.Instance);
    }

    private static async Task Tolerate(Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (InvalidOperationException e) when (!e.Message.Contains("could not be translated", StringComparison.Ordinal))
        {
        }
        catch (DbUpdateException)
        {
        }
    }

    private void AssertRecordedParse(int atLeast, string expected)
    {
        Assert.True(_recorder.Commands.Count >= atLeast, $"only {_recorder.Commands.Count} statements were reached:\n{string.Join("\n---\n", _recorder.Commands)}");
        Assert.Contains(_recorder.Commands, c => c.Contains(expected, StringComparison.Ordinal));
        foreach (var command in _recorder.Commands)
        {
            TSql.AssertParses(command, "A statement EF generated for SQL Server");
        }
    }
}
