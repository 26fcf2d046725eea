using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Infrastructure.Search;

/// <summary>A vacancy that matched every word, with its relevance (higher is better).</summary>
public sealed class TextHit
{
    public int Id { get; init; }

    public double Score { get; init; }
}

/// <summary>The provider's full-text engine as a composable query of hits, to join with vacancies in LINQ.</summary>
public static class VacancyTextSearch
{
    public static IQueryable<TextHit> Hits(PortalDbContext db, SearchWords words)
    {
        if (db.Database.IsNpgsql())
        {
            return db.Database.SqlQueryRaw<TextHit>(
                """
                SELECT "Id", ts_rank("SearchVector", to_tsquery('portal_dutch', {0}))::float8 AS "Score"
                FROM "Vacancies" WHERE "SearchVector" @@ to_tsquery('portal_dutch', {0})
                """,
                PostgresFullText.QueryText(words.Words));
        }

        // bm25 is lower-is-better; the title weighs most, then organisation and place, then the description.
        return db.Database.SqlQueryRaw<TextHit>(
            """
            SELECT rowid AS "Id", -bm25("VacancySearch", 10.0, 1.0, 3.0, 3.0) AS "Score"
            FROM "VacancySearch" WHERE "VacancySearch" MATCH {0}
            """,
            SqliteFullText.MatchExpression(words.Words));
    }
}
