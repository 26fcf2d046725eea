using VrijwilligersPortal.Domain.Exchange;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.Exchange;

/// <summary>Vacancies of another centre stored as the importer stores them (docs/adr/0150), for tests that need one without running a feed.</summary>
internal static class ImportedVacancies
{
    public static Task<ExchangeSource> SourceAsync(this PortalFactory factory, string name, string feedUrl) =>
        factory.WithDbAsync(async (db, _) =>
        {
            var source = ExchangeSource.Create(name, feedUrl, factory.Clock.GetUtcNow());
            db.ExchangeSources.Add(source);
            await db.SaveChangesAsync();
            return source;
        });

    /// <summary>An organisation record of <paramref name="sourceId"/> and one vacancy under it, as the source numbers them.</summary>
    public static Task<Vacancy> ImportedVacancyAsync(this PortalFactory factory, int sourceId, (int Id, string Name) organisation, (int Id, string Url) vacancy, VacancyContent content) =>
        factory.WithDbAsync(async (db, _) =>
        {
            var now = factory.Clock.GetUtcNow();
            var owner = Domain.Organisations.Organisation.Imported(sourceId, organisation.Id, organisation.Name, null, now);
            db.Organisations.Add(owner);
            await db.SaveChangesAsync();
            var imported = Vacancy.Import(sourceId, vacancy.Id, owner.Id, vacancy.Url, content, [], now);
            db.Vacancies.Add(imported);
            await db.SaveChangesAsync();
            return imported;
        });
}
