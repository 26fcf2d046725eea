using Microsoft.EntityFrameworkCore.Migrations;

namespace VrijwilligersPortal.Infrastructure.Search;

/// <summary>
/// SQLite full-text search over vacancies (docs/adr/0020): an FTS5 table with external content (a
/// view over vacancy title, description, organisation name and place, so the text is not stored
/// twice), folded by the unicode61 tokenizer ("café" = "cafe", "Utrecht" = "utrecht"), and kept in
/// step by triggers — including an organisation's rename, which changes its vacancies' text.
/// Called by one line from the migration that introduced it; EF's model does not know these objects.
/// </summary>
public static class SqliteFullText
{
    public const string Table = "VacancySearch";

    private const string Columns = "rowid, Title, Description, OrganisationName, Place";

    public static void Create(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE VIEW "VacancySearchContent" AS
            SELECT v."Id" AS "Id", v."Title" AS "Title", v."Description" AS "Description", o."Name" AS "OrganisationName", v."Place" AS "Place"
            FROM "Vacancies" v JOIN "Organisations" o ON o."Id" = v."OrganisationId";
            """);
        migrationBuilder.Sql("""
            CREATE VIRTUAL TABLE "VacancySearch" USING fts5(
                Title, Description, OrganisationName, Place,
                content='VacancySearchContent', content_rowid='Id',
                tokenize='unicode61 remove_diacritics 2', prefix='2 3');
            """);

        // An external-content index must be told the old text to remove it, so every change is a
        // 'delete' with the values as they were, followed by an insert of the new ones.
        migrationBuilder.Sql($"""
            CREATE TRIGGER "Vacancies_search_insert" AFTER INSERT ON "Vacancies" BEGIN
                INSERT INTO "VacancySearch"({Columns})
                SELECT new."Id", new."Title", new."Description", o."Name", new."Place" FROM "Organisations" o WHERE o."Id" = new."OrganisationId";
            END;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER "Vacancies_search_delete" AFTER DELETE ON "Vacancies" BEGIN
                INSERT INTO "VacancySearch"("VacancySearch", {Columns})
                SELECT 'delete', old."Id", old."Title", old."Description", o."Name", old."Place" FROM "Organisations" o WHERE o."Id" = old."OrganisationId";
            END;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER "Vacancies_search_update" AFTER UPDATE OF "Title", "Description", "Place", "OrganisationId" ON "Vacancies" BEGIN
                INSERT INTO "VacancySearch"("VacancySearch", {Columns})
                SELECT 'delete', old."Id", old."Title", old."Description", o."Name", old."Place" FROM "Organisations" o WHERE o."Id" = old."OrganisationId";
                INSERT INTO "VacancySearch"({Columns})
                SELECT new."Id", new."Title", new."Description", o."Name", new."Place" FROM "Organisations" o WHERE o."Id" = new."OrganisationId";
            END;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER "Organisations_search_rename" AFTER UPDATE OF "Name" ON "Organisations" WHEN old."Name" IS NOT new."Name" BEGIN
                INSERT INTO "VacancySearch"("VacancySearch", {Columns})
                SELECT 'delete', v."Id", v."Title", v."Description", old."Name", v."Place" FROM "Vacancies" v WHERE v."OrganisationId" = old."Id";
                INSERT INTO "VacancySearch"({Columns})
                SELECT v."Id", v."Title", v."Description", new."Name", v."Place" FROM "Vacancies" v WHERE v."OrganisationId" = new."Id";
            END;
            """);

        // Indexes the vacancies that already exist.
        migrationBuilder.Sql("""INSERT INTO "VacancySearch"("VacancySearch") VALUES('rebuild');""");
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TRIGGER IF EXISTS "Organisations_search_rename";
            DROP TRIGGER IF EXISTS "Vacancies_search_update";
            DROP TRIGGER IF EXISTS "Vacancies_search_delete";
            DROP TRIGGER IF EXISTS "Vacancies_search_insert";
            DROP TABLE IF EXISTS "VacancySearch";
            DROP VIEW IF EXISTS "VacancySearchContent";
            """);
    }
}
