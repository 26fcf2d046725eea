using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VrijwilligersPortal.Infrastructure.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ApplicationReportColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_PlacedAt_VacancyId_VolunteerId",
                table: "Applications");

            migrationBuilder.AddColumn<bool>(
                name: "LatestStillActive",
                table: "Applications",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportArea",
                table: "Applications",
                type: "character varying(4)",
                maxLength: 4,
                nullable: true);

            // Fill both for the applications there are (docs/adr/0187), before their indexes are
            // built: the same values ReportColumns writes with every save from now on.
            migrationBuilder.Sql("""
                UPDATE "Applications" SET "ReportArea" = (
                    SELECT substr(COALESCE(v."Postcode", o."Postcode"), 1, 4)
                    FROM "Vacancies" AS v JOIN "Organisations" AS o ON o."Id" = v."OrganisationId"
                    WHERE v."Id" = "Applications"."VacancyId");
                """);
            migrationBuilder.Sql("""
                UPDATE "Applications" SET "LatestStillActive" = (
                    SELECT f."StillActive"
                    FROM "PlacementFollowUps" AS f
                    WHERE f."ApplicationId" = "Applications"."Id" AND f."AnsweredAt" IS NOT NULL
                    ORDER BY f."AnsweredAt" DESC, f."Id" DESC LIMIT 1)
                WHERE "PlacedAt" IS NOT NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_PlacedAt_VacancyId_VolunteerId_LatestStillActi~",
                table: "Applications",
                columns: new[] { "PlacedAt", "VacancyId", "VolunteerId", "LatestStillActive" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_ReportArea_FirstAnsweredAt_VacancyId",
                table: "Applications",
                columns: new[] { "ReportArea", "FirstAnsweredAt", "VacancyId" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_ReportArea_PlacedAt_VacancyId_VolunteerId_Late~",
                table: "Applications",
                columns: new[] { "ReportArea", "PlacedAt", "VacancyId", "VolunteerId", "LatestStillActive" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_ReportArea_Status_StatusChangedAt_VacancyId",
                table: "Applications",
                columns: new[] { "ReportArea", "Status", "StatusChangedAt", "VacancyId" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_ReportArea_SubmittedAt_VacancyId_VolunteerId_H~",
                table: "Applications",
                columns: new[] { "ReportArea", "SubmittedAt", "VacancyId", "VolunteerId", "HoursToFirstAnswer" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_PlacedAt_VacancyId_VolunteerId_LatestStillActi~",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_ReportArea_FirstAnsweredAt_VacancyId",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_ReportArea_PlacedAt_VacancyId_VolunteerId_Late~",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_ReportArea_Status_StatusChangedAt_VacancyId",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_ReportArea_SubmittedAt_VacancyId_VolunteerId_H~",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "LatestStillActive",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ReportArea",
                table: "Applications");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_PlacedAt_VacancyId_VolunteerId",
                table: "Applications",
                columns: new[] { "PlacedAt", "VacancyId", "VolunteerId" });
        }
    }
}
