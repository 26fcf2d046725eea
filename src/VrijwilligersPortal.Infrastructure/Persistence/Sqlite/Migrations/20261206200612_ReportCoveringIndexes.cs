using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VrijwilligersPortal.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReportCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PlacementFollowUps_AnsweredAt",
                table: "PlacementFollowUps");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementFollowUps_AnsweredAt_ApplicationId_Respondent_Rating",
                table: "PlacementFollowUps",
                columns: new[] { "AnsweredAt", "ApplicationId", "Respondent", "Rating" });

            migrationBuilder.CreateIndex(
                name: "IX_Mediations_RequestedAt_Status_StatusChangedAt_VolunteerId",
                table: "Mediations",
                columns: new[] { "RequestedAt", "Status", "StatusChangedAt", "VolunteerId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PlacementFollowUps_AnsweredAt_ApplicationId_Respondent_Rating",
                table: "PlacementFollowUps");

            migrationBuilder.DropIndex(
                name: "IX_Mediations_RequestedAt_Status_StatusChangedAt_VolunteerId",
                table: "Mediations");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementFollowUps_AnsweredAt",
                table: "PlacementFollowUps",
                column: "AnsweredAt");
        }
    }
}
