using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Infrastructure.Search;

/// <summary>
/// SQL Server text search over vacancies (docs/adr/0071). Every vacancy keeps its searchable text
/// (title, organisation name, place, description) in one <c>SearchText</c> column, filled by
/// triggers, also when the organisation is renamed: a full-text query over several columns only
/// matches when all its words are in the same column. Where the server has full-text search
/// installed, that column gets a full-text index with the Dutch word breaker (LCID 1043) and
/// queries use <c>CONTAINSTABLE</c>; where it has not (the default Linux container image), queries
/// fall back to <c>LIKE</c> under an accent- and case-insensitive collation. These objects are
/// invisible to EF's model; called by one line from the migration.
/// </summary>
public static class SqlServerFullText
{
    /// <summary>Accent- and case-insensitive: "cafe" finds "Café" in the fallback.</summary>
    public const string FallbackCollation = "Latin1_General_100_CI_AI";

    public const int DutchLanguage = 1043;

    /// <summary>
    /// The statements, in order. The migration runs each through <c>EXEC</c>: SQL Server wants a
    /// trigger alone in its batch, and the idempotent script puts a whole migration in one batch,
    /// where the new column would not be known yet to the statements that fill it.
    /// </summary>
    public static IReadOnlyList<string> CreateStatements { get; } =
    [
        """ALTER TABLE "Vacancies" ADD "SearchText" nvarchar(max) NULL;""",
        """
        CREATE TRIGGER "Vacancies_search_text" ON "Vacancies" AFTER INSERT, UPDATE AS
        BEGIN
            SET NOCOUNT ON;
            IF UPDATE("Title") OR UPDATE("Description") OR UPDATE("Place") OR UPDATE("OrganisationId")
                UPDATE v SET "SearchText" = CONCAT(v."Title", N' ', o."Name", N' ', v."Place", N' ', v."Description")
                FROM "Vacancies" v JOIN inserted i ON i."Id" = v."Id" JOIN "Organisations" o ON o."Id" = v."OrganisationId";
        END;
        """,
        """
        CREATE TRIGGER "Organisations_search_rename" ON "Organisations" AFTER UPDATE AS
        BEGIN
            SET NOCOUNT ON;
            IF UPDATE("Name")
                UPDATE v SET "SearchText" = CONCAT(v."Title", N' ', o."Name", N' ', v."Place", N' ', v."Description")
                FROM "Vacancies" v JOIN inserted o ON o."Id" = v."OrganisationId";
        END;
        """,
        """
        UPDATE v SET "SearchText" = CONCAT(v."Title", N' ', o."Name", N' ', v."Place", N' ', v."Description")
        FROM "Vacancies" v JOIN "Organisations" o ON o."Id" = v."OrganisationId";
        """,
    ];

    /// <summary>
    /// Creates the full-text catalog and index only where full-text search is installed. It runs
    /// outside the migration's transaction: SQL Server refuses full-text DDL inside one.
    /// </summary>
    public const string CreateFullTextIndex = """
        IF FULLTEXTSERVICEPROPERTY('IsFullTextInstalled') = 1
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = N'PortalSearch')
                EXEC(N'CREATE FULLTEXT CATALOG "PortalSearch"');
            IF NOT EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'Vacancies'))
                EXEC(N'CREATE FULLTEXT INDEX ON "Vacancies" ("SearchText" LANGUAGE 1043) KEY INDEX "PK_Vacancies" ON "PortalSearch" WITH CHANGE_TRACKING AUTO');
        END;
        """;

    public static IReadOnlyList<string> DropStatements { get; } =
    [
        """
        IF EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'Vacancies'))
            EXEC(N'DROP FULLTEXT INDEX ON "Vacancies"');
        IF EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = N'PortalSearch')
            EXEC(N'DROP FULLTEXT CATALOG "PortalSearch"');
        """,
        """DROP TRIGGER IF EXISTS "Organisations_search_rename";""",
        """DROP TRIGGER IF EXISTS "Vacancies_search_text";""",
        """ALTER TABLE "Vacancies" DROP COLUMN IF EXISTS "SearchText";""",
    ];

    /// <summary>Whether the database has the Dutch full-text index, or searches with the LIKE fallback.</summary>
    public const string ModeQuery = """
        SELECT CAST(CASE WHEN FULLTEXTSERVICEPROPERTY('IsFullTextInstalled') = 1
            AND EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'Vacancies')) THEN 1 ELSE 0 END AS int) AS "Value"
        """;

    private static readonly ConcurrentDictionary<string, bool> FullTextByDatabase = new();

    public static void Create(MigrationBuilder migrationBuilder)
    {
        foreach (var statement in CreateStatements)
        {
            migrationBuilder.Sql(Exec(statement));
        }

        migrationBuilder.Sql(CreateFullTextIndex, suppressTransaction: true);
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(DropStatements[0], suppressTransaction: true);
        foreach (var statement in DropStatements.Skip(1))
        {
            migrationBuilder.Sql(Exec(statement));
        }
    }

    /// <summary>One statement as its own batch inside the migration's: <c>EXEC(N'…')</c>.</summary>
    public static string Exec(string statement) => $"EXEC(N'{statement.Replace("'", "''", StringComparison.Ordinal)}');";

    /// <summary>True when this database searches with the Dutch full-text index; asked once per database.</summary>
    public static async Task<bool> UsesFullTextAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var key = db.Database.GetConnectionString() ?? string.Empty;
        if (FullTextByDatabase.TryGetValue(key, out var known))
        {
            return known;
        }

        var fullText = await db.Database.SqlQueryRaw<int>(ModeQuery).SingleAsync(cancellationToken) == 1;
        return FullTextByDatabase.GetOrAdd(key, fullText);
    }

    /// <summary>What the health page and the start-up log say about text search on SQL Server.</summary>
    public static string Describe(bool fullText) => fullText
        ? "SQL Server full-text search, Dutch word breaker (LCID 1043)"
        : $"SQL Server LIKE fallback, collation {FallbackCollation} (full-text search is not installed)";

    /// <summary>CONTAINSTABLE condition: every word must occur, each also as a prefix ("knot" finds "knotten").</summary>
    public static string ContainsCondition(IReadOnlyList<string> words) =>
        string.Join(" AND ", words.Select(w => $"\"{w}*\""));

    /// <summary>Hits through the full-text index, ranked by SQL Server.</summary>
    public static IQueryable<TextHit> FullTextHits(PortalDbContext db, SearchWords words) =>
        db.Database.SqlQueryRaw<TextHit>(
            $$"""
            SELECT k."KEY" AS "Id", CAST(k."RANK" AS float) AS "Score"
            FROM CONTAINSTABLE("Vacancies", "SearchText", {0}, LANGUAGE {{DutchLanguage}}) k
            """,
            ContainsCondition(words.Words));

    /// <summary>
    /// Hits without a full-text index: every word somewhere in the text, ignoring accents and case;
    /// a word found in the title counts extra. The words hold only letters and digits
    /// (<see cref="SearchWords"/>), so none is a LIKE wildcard.
    /// </summary>
    public static IQueryable<TextHit> FallbackHits(PortalDbContext db, SearchWords words)
    {
        var patterns = words.Words.Select(w => (object)$"%{w}%").ToArray();
        var all = string.Join(" AND ", patterns.Select((_, i) => $"v.\"SearchText\" COLLATE {FallbackCollation} LIKE {{{i}}}"));
        var inTitle = string.Join(" + ", patterns.Select((_, i) => $"CASE WHEN v.\"Title\" COLLATE {FallbackCollation} LIKE {{{i}}} THEN 1 ELSE 0 END"));
        // Only placeholders are put together here; the words themselves travel as parameters.
        var sql = $"""
            SELECT v."Id" AS "Id", CAST(1 + {inTitle} AS float) AS "Score"
            FROM "Vacancies" v WHERE {all}
            """;
        return db.Database.SqlQueryRaw<TextHit>(sql, patterns);
    }
}

/// <summary>A vacancy that matched every word in SQL Server's text search, with its relevance (higher is better).</summary>
public sealed class TextHit
{
    public int Id { get; init; }

    public double Score { get; init; }
}
