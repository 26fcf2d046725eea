using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VrijwilligersPortal.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReportReadsByTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "FirstAnsweredAt",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PlacedAt",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            // The moments already in the history, for applications saved before these columns
            // existed (the same SQL on every provider: quoted names, a correlated MIN).
            migrationBuilder.Sql("""
                UPDATE "Applications" SET
                    "FirstAnsweredAt" = (SELECT MIN(h."At") FROM "ApplicationStatusChanges" h WHERE h."ApplicationId" = "Applications"."Id" AND h."To" IN ('InContact', 'Placed', 'Declined')),
                    "PlacedAt" = (SELECT MIN(h."At") FROM "ApplicationStatusChanges" h WHERE h."ApplicationId" = "Applications"."Id" AND h."To" = 'Placed')
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_CreatedAt",
                table: "Volunteers",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_VacancyStatusChanges_At_To_VacancyId",
                table: "VacancyStatusChanges",
                columns: new[] { "At", "To", "VacancyId" });

            migrationBuilder.CreateIndex(
                name: "IX_PlacementFollowUps_AnsweredAt",
                table: "PlacementFollowUps",
                column: "AnsweredAt");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationStatusChanges_At_To_OrganisationId",
                table: "OrganisationStatusChanges",
                columns: new[] { "At", "To", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_MediationStatusChanges_At_To_MediationId",
                table: "MediationStatusChanges",
                columns: new[] { "At", "To", "MediationId" });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationStatusChanges_At_To_ApplicationId",
                table: "ApplicationStatusChanges",
                columns: new[] { "At", "To", "ApplicationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_PlacedAt",
                table: "Applications",
                column: "PlacedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_SubmittedAt",
                table: "Applications",
                column: "SubmittedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Volunteers_CreatedAt",
                table: "Volunteers");

            migrationBuilder.DropIndex(
                name: "IX_VacancyStatusChanges_At_To_VacancyId",
                table: "VacancyStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_PlacementFollowUps_AnsweredAt",
                table: "PlacementFollowUps");

            migrationBuilder.DropIndex(
                name: "IX_OrganisationStatusChanges_At_To_OrganisationId",
                table: "OrganisationStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_MediationStatusChanges_At_To_MediationId",
                table: "MediationStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_ApplicationStatusChanges_At_To_ApplicationId",
                table: "ApplicationStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_Applications_PlacedAt",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_SubmittedAt",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "FirstAnsweredAt",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "PlacedAt",
                table: "Applications");
        }
    }
}
