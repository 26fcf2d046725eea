using Microsoft.EntityFrameworkCore.Migrations;

namespace VrijwilligersPortal.Infrastructure.Search;

/// <summary>
/// PostgreSQL full-text search over vacancies (docs/adr/0020): a stored generated tsvector column
/// with a GIN index, built with <c>portal_dutch</c> — a copy of the <c>dutch</c> configuration
/// (stemming: "fietsen" finds "fiets") that first strips accents with the <c>unaccent</c>
/// dictionary ("cafe" finds "café"). A generated column can only read its own row, so the
/// organisation's name is copied into <c>SearchOrganisationName</c> by triggers, also on a rename.
/// These objects are invisible to EF's model; called by one line from the migration.
/// </summary>
public static class PostgresFullText
{
    public const string Configuration = "portal_dutch";

    public static void Create(MigrationBuilder migrationBuilder)
    {
        // unaccent ships with PostgreSQL's contrib package and is a trusted extension (a database
        // owner may create it). Without it, search still works but is accent-sensitive.
        migrationBuilder.Sql("""
            DO $$
            BEGIN
                IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent') THEN
                    CREATE EXTENSION IF NOT EXISTS unaccent;
                END IF;
                IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'portal_dutch') THEN
                    CREATE TEXT SEARCH CONFIGURATION portal_dutch (COPY = pg_catalog.dutch);
                    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
                        ALTER TEXT SEARCH CONFIGURATION portal_dutch ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
                    END IF;
                END IF;
            END $$;
            """);
        migrationBuilder.Sql("""
            ALTER TABLE "Vacancies" ADD COLUMN "SearchOrganisationName" text;
            UPDATE "Vacancies" v SET "SearchOrganisationName" = o."Name" FROM "Organisations" o WHERE o."Id" = v."OrganisationId";
            ALTER TABLE "Vacancies" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('portal_dutch', coalesce("Title", '')), 'A')
                || setweight(to_tsvector('portal_dutch', coalesce("SearchOrganisationName", '') || ' ' || coalesce("Place", '')), 'B')
                || setweight(to_tsvector('portal_dutch', coalesce("Description", '')), 'C')) STORED;
            CREATE INDEX "IX_Vacancies_SearchVector" ON "Vacancies" USING GIN ("SearchVector");
            """);
        migrationBuilder.Sql("""
            CREATE FUNCTION portal_vacancy_organisation_name() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW."SearchOrganisationName" := (SELECT "Name" FROM "Organisations" WHERE "Id" = NEW."OrganisationId");
                RETURN NEW;
            END $$;
            CREATE TRIGGER "Vacancies_search_organisation" BEFORE INSERT OR UPDATE OF "OrganisationId" ON "Vacancies"
                FOR EACH ROW EXECUTE FUNCTION portal_vacancy_organisation_name();
            CREATE FUNCTION portal_organisation_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE "Vacancies" SET "SearchOrganisationName" = NEW."Name" WHERE "OrganisationId" = NEW."Id";
                RETURN NULL;
            END $$;
            CREATE TRIGGER "Organisations_search_rename" AFTER UPDATE OF "Name" ON "Organisations"
                FOR EACH ROW WHEN (OLD."Name" IS DISTINCT FROM NEW."Name") EXECUTE FUNCTION portal_organisation_renamed();
            """);
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TRIGGER IF EXISTS "Organisations_search_rename" ON "Organisations";
            DROP FUNCTION IF EXISTS portal_organisation_renamed();
            DROP TRIGGER IF EXISTS "Vacancies_search_organisation" ON "Vacancies";
            DROP FUNCTION IF EXISTS portal_vacancy_organisation_name();
            DROP INDEX IF EXISTS "IX_Vacancies_SearchVector";
            ALTER TABLE "Vacancies" DROP COLUMN IF EXISTS "SearchVector";
            ALTER TABLE "Vacancies" DROP COLUMN IF EXISTS "SearchOrganisationName";
            DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_dutch;
            """);
    }

    /// <summary>to_tsquery text: every word must occur, each also as a prefix ("knot" finds "knotten").</summary>
    public static string QueryText(IReadOnlyList<string> words) =>
        string.Join(" & ", words.Select(w => $"'{w}':*"));
}
