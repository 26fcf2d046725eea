using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VrijwilligersPortal.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddVacancyExchange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // No foreign-key constraints to ExchangeSources on SQLite: adding one rebuilds Vacancies and
            // Organisations, which the full-text view and triggers (docs/adr/0020) name, and EF runs the
            // rebuild after every other step. The model keeps the relationship; the importer and the
            // settings page are the only writers of these columns (docs/adr/0150).
            migrationBuilder.AddColumn<int>(
                name: "ExchangeSourceId",
                table: "Vacancies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceUrl",
                table: "Vacancies",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceVacancyId",
                table: "Vacancies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ExchangeSourceId",
                table: "Organisations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceOrganisationId",
                table: "Organisations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ExchangeSources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FeedUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSuccessAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastErrorAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ImportedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RemovedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExchangeSources", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_ExchangeSourceId_SourceVacancyId",
                table: "Vacancies",
                columns: new[] { "ExchangeSourceId", "SourceVacancyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_ExchangeSourceId_SourceOrganisationId",
                table: "Organisations",
                columns: new[] { "ExchangeSourceId", "SourceOrganisationId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExchangeSources");

            migrationBuilder.DropIndex(
                name: "IX_Vacancies_ExchangeSourceId_SourceVacancyId",
                table: "Vacancies");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_ExchangeSourceId_SourceOrganisationId",
                table: "Organisations");

            // SQLite's own DROP COLUMN, not EF's table rebuild, which the full-text view and triggers
            // (docs/adr/0020) would break: none of them names these columns.
            migrationBuilder.Sql("""ALTER TABLE "Vacancies" DROP COLUMN "ExchangeSourceId";""");
            migrationBuilder.Sql("""ALTER TABLE "Vacancies" DROP COLUMN "SourceUrl";""");
            migrationBuilder.Sql("""ALTER TABLE "Vacancies" DROP COLUMN "SourceVacancyId";""");
            migrationBuilder.Sql("""ALTER TABLE "Organisations" DROP COLUMN "ExchangeSourceId";""");
            migrationBuilder.Sql("""ALTER TABLE "Organisations" DROP COLUMN "SourceOrganisationId";""");
        }
    }
}
