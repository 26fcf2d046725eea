using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Infrastructure.Search;

/// <summary>A vacancy that matched every word, with its relevance (higher is better).</summary>
public sealed class TextHit
{
    public int Id { get; init; }

    public double Score { get; init; }
}

/// <summary>Vacancy id → relevance for the words, and whether SQLite's bm25 gave it (patches of the answer must be scored alike).</summary>
public sealed record TextScores(Dictionary<int, double> Scores, bool RankedWithBm25);

/// <summary>The provider's full-text engine: which vacancies match every word, and how well (docs/adr/0100).</summary>
public static class VacancyTextSearch
{
    /// <summary>The PostgreSQL or SQLite hits; SQL Server's depend on its full-text installation (<see cref="ScoresAsync"/>).</summary>
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

    /// <summary>Above this many matches, SQLite ranks without bm25 (see <see cref="ScoresAsync"/>).</summary>
    public const int RankedWithBm25AtMost = 2_000;

    /// <summary>Vacancy id → relevance (higher is better) of every vacancy matching all the words, of any status.</summary>
    public static async Task<TextScores> ScoresAsync(PortalDbContext db, SearchWords words, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlServer())
        {
            var hits = await SqlServerFullText.UsesFullTextAsync(db, cancellationToken)
                ? SqlServerFullText.FullTextHits(db, words)
                : SqlServerFullText.FallbackHits(db, words);
            return new TextScores(await hits.ToDictionaryAsync(h => h.Id, h => h.Score, cancellationToken), RankedWithBm25: false);
        }

        if (db.Database.IsNpgsql())
        {
            return new TextScores(await Hits(db, words).ToDictionaryAsync(h => h.Id, h => h.Score, cancellationToken), RankedWithBm25: false);
        }

        var expression = SqliteFullText.MatchExpression(words.Words);
        var ids = await Matching(db, expression).ToListAsync(cancellationToken);
        if (ids.Count <= RankedWithBm25AtMost)
        {
            return new TextScores(await Hits(db, words).ToDictionaryAsync(h => h.Id, h => h.Score, cancellationToken), RankedWithBm25: true);
        }

        // A common word matches tens of thousands of vacancies, and bm25 for each costs more than
        // the rest of the search (65 ms against 10 ms for 29,000 matches). Then the vacancies with
        // every word in the title come first; within each group the sort's tie-break (newest) decides.
        var inTitle = (await Matching(db, $"Title : ({expression})").ToListAsync(cancellationToken)).ToHashSet();
        return new TextScores(ids.ToDictionary(id => id, id => inTitle.Contains(id) ? 2.0 : 1.0), RankedWithBm25: false);
    }

    /// <summary>
    /// The same as <see cref="ScoresAsync"/>, but only for the vacancies given (those changed since
    /// the full answer was cached), scored the way that answer was; null where the provider cannot
    /// ask for a few (SQL Server: the caller asks for all again).
    /// </summary>
    public static async Task<Dictionary<int, double>?> ScoresOfAsync(PortalDbContext db, SearchWords words, IReadOnlyCollection<int> ids, bool rankedWithBm25, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            return await db.Database.SqlQueryRaw<TextHit>(
                    """
                    SELECT "Id", ts_rank("SearchVector", to_tsquery('portal_dutch', {0}))::float8 AS "Score"
                    FROM "Vacancies" WHERE "Id" = ANY({1}) AND "SearchVector" @@ to_tsquery('portal_dutch', {0})
                    """,
                    PostgresFullText.QueryText(words.Words),
                    ids.ToArray())
                .ToDictionaryAsync(h => h.Id, h => h.Score, cancellationToken);
        }

        if (!db.Database.IsSqlite())
        {
            return null;
        }

        var expression = SqliteFullText.MatchExpression(words.Words);
        var list = "[" + string.Join(',', ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]";
        if (rankedWithBm25)
        {
            return await db.Database.SqlQueryRaw<TextHit>(
                    """
                    SELECT rowid AS "Id", -bm25("VacancySearch", 10.0, 1.0, 3.0, 3.0) AS "Score"
                    FROM "VacancySearch" WHERE "VacancySearch" MATCH {0} AND rowid IN (SELECT value FROM json_each({1}))
                    """,
                    expression,
                    list)
                .ToDictionaryAsync(h => h.Id, h => h.Score, cancellationToken);
        }

        var matching = await Among(db, expression, list).ToListAsync(cancellationToken);
        var inTitle = (await Among(db, $"Title : ({expression})", list).ToListAsync(cancellationToken)).ToHashSet();
        return matching.ToDictionary(id => id, id => inTitle.Contains(id) ? 2.0 : 1.0);
    }

    private static IQueryable<int> Among(PortalDbContext db, string expression, string idList) =>
        db.Database.SqlQueryRaw<int>(
            """
            SELECT rowid AS "Value" FROM "VacancySearch" WHERE "VacancySearch" MATCH {0} AND rowid IN (SELECT value FROM json_each({1}))
            """,
            expression,
            idList);

    private static IQueryable<int> Matching(PortalDbContext db, string expression) =>
        db.Database.SqlQueryRaw<int>(
            """
            SELECT rowid AS "Value" FROM "VacancySearch" WHERE "VacancySearch" MATCH {0}
            """,
            expression);
}
