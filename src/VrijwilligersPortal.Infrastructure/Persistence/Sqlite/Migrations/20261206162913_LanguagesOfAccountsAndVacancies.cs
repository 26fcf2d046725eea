using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VrijwilligersPortal.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LanguagesOfAccountsAndVacancies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EnglishSummary",
                table: "Vacancies",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EnglishTitle",
                table: "Vacancies",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreferredLanguage",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "nl");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // SQLite's own DROP COLUMN, not EF's table rebuild, which the full-text view and triggers
            // (docs/adr/0020) would break: none of them names these columns.
            migrationBuilder.Sql("""ALTER TABLE "Vacancies" DROP COLUMN "EnglishSummary";""");
            migrationBuilder.Sql("""ALTER TABLE "Vacancies" DROP COLUMN "EnglishTitle";""");
            migrationBuilder.Sql("""ALTER TABLE "AspNetUsers" DROP COLUMN "PreferredLanguage";""");
        }
    }
}
