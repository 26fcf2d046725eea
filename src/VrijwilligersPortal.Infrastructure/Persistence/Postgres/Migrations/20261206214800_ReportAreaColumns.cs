using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VrijwilligersPortal.Infrastructure.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReportAreaColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_PlacedAt_VacancyId_VolunteerId",
                table: "Applications");

            migrationBuilder.AddColumn<string>(
                name: "ReportArea",
                table: "PlacementFollowUps",
                type: "character varying(4)",
                maxLength: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportArea",
                table: "Mediations",
                type: "character varying(4)",
                maxLength: 4,
                nullable: true);

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

            // Fill them for the rows there are (docs/adr/0187), before their indexes are built:
            // the values ReportColumns writes with every save from now on.
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
            migrationBuilder.Sql("""
                UPDATE "PlacementFollowUps" SET "ReportArea" = (
                    SELECT a."ReportArea" FROM "Applications" AS a WHERE a."Id" = "PlacementFollowUps"."ApplicationId");
                """);
            migrationBuilder.Sql("""
                UPDATE "Mediations" SET "ReportArea" = (
                    SELECT substr(v."Postcode", 1, 4) FROM "Volunteers" AS v WHERE v."Id" = "Mediations"."VolunteerId");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_PlacementFollowUps_ReportArea_AnsweredAt_Respondent_Rating",
                table: "PlacementFollowUps",
                columns: new[] { "ReportArea", "AnsweredAt", "Respondent", "Rating" });

            migrationBuilder.CreateIndex(
                name: "IX_Mediations_ReportArea_RequestedAt_Status_StatusChangedAt_Vo~",
                table: "Mediations",
                columns: new[] { "ReportArea", "RequestedAt", "Status", "StatusChangedAt", "VolunteerId" });

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
                name: "IX_Applications_ReportArea_SubmittedAt_VacancyId_VolunteerId_H~",
                table: "Applications",
                columns: new[] { "ReportArea", "SubmittedAt", "VacancyId", "VolunteerId", "HoursToFirstAnswer" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Status_ReportArea_StatusChangedAt_VacancyId",
                table: "Applications",
                columns: new[] { "Status", "ReportArea", "StatusChangedAt", "VacancyId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PlacementFollowUps_ReportArea_AnsweredAt_Respondent_Rating",
                table: "PlacementFollowUps");

            migrationBuilder.DropIndex(
                name: "IX_Mediations_ReportArea_RequestedAt_Status_StatusChangedAt_Vo~",
                table: "Mediations");

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
                name: "IX_Applications_ReportArea_SubmittedAt_VacancyId_VolunteerId_H~",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_Status_ReportArea_StatusChangedAt_VacancyId",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ReportArea",
                table: "PlacementFollowUps");

            migrationBuilder.DropColumn(
                name: "ReportArea",
                table: "Mediations");

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
