using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VrijwilligersPortal.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ReportCountsInTheDatabase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Vacancies_OrganisationId",
                table: "Vacancies");

            migrationBuilder.DropIndex(
                name: "IX_Applications_PlacedAt",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_SubmittedAt",
                table: "Applications");

            migrationBuilder.AddColumn<int>(
                name: "HoursToFirstAnswer",
                table: "Applications",
                type: "int",
                nullable: true);

            // The waits of applications answered before this migration, rounded up to whole hours
            // like Application.WholeHoursUp (3,600,000,000 microseconds to an hour).
            migrationBuilder.Sql("""
                UPDATE [Applications]
                SET [HoursToFirstAnswer] = CASE
                    WHEN DATEDIFF_BIG(microsecond, [SubmittedAt], [FirstAnsweredAt]) <= 0 THEN 0
                    ELSE CAST((DATEDIFF_BIG(microsecond, [SubmittedAt], [FirstAnsweredAt]) + 3599999999) / 3600000000 AS int) END
                WHERE [FirstAnsweredAt] IS NOT NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_Postcode",
                table: "Volunteers",
                column: "Postcode");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_EndDate",
                table: "Vacancies",
                column: "EndDate");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_OrganisationId_Postcode",
                table: "Vacancies",
                columns: new[] { "OrganisationId", "Postcode" });

            migrationBuilder.CreateIndex(
                name: "IX_PlacementFollowUps_ApplicationId_AnsweredAt_StillActive",
                table: "PlacementFollowUps",
                columns: new[] { "ApplicationId", "AnsweredAt", "StillActive" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_FirstAnsweredAt_VacancyId",
                table: "Applications",
                columns: new[] { "FirstAnsweredAt", "VacancyId" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_PlacedAt_VacancyId_VolunteerId",
                table: "Applications",
                columns: new[] { "PlacedAt", "VacancyId", "VolunteerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Status_StatusChangedAt_VacancyId",
                table: "Applications",
                columns: new[] { "Status", "StatusChangedAt", "VacancyId" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_SubmittedAt_VacancyId_VolunteerId_HoursToFirstAnswer",
                table: "Applications",
                columns: new[] { "SubmittedAt", "VacancyId", "VolunteerId", "HoursToFirstAnswer" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Volunteers_Postcode",
                table: "Volunteers");

            migrationBuilder.DropIndex(
                name: "IX_Vacancies_EndDate",
                table: "Vacancies");

            migrationBuilder.DropIndex(
                name: "IX_Vacancies_OrganisationId_Postcode",
                table: "Vacancies");

            migrationBuilder.DropIndex(
                name: "IX_PlacementFollowUps_ApplicationId_AnsweredAt_StillActive",
                table: "PlacementFollowUps");

            migrationBuilder.DropIndex(
                name: "IX_Applications_FirstAnsweredAt_VacancyId",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_PlacedAt_VacancyId_VolunteerId",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_Status_StatusChangedAt_VacancyId",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_SubmittedAt_VacancyId_VolunteerId_HoursToFirstAnswer",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "HoursToFirstAnswer",
                table: "Applications");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_OrganisationId",
                table: "Vacancies",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_PlacedAt",
                table: "Applications",
                column: "PlacedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_SubmittedAt",
                table: "Applications",
                column: "SubmittedAt");
        }
    }
}
