using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VrijwilligersPortal.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class MediationFollowUpIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Mediations_FollowedUpAt_FollowUpRating_ReportArea",
                table: "Mediations",
                columns: new[] { "FollowedUpAt", "FollowUpRating", "ReportArea" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Mediations_FollowedUpAt_FollowUpRating_ReportArea",
                table: "Mediations");
        }
    }
}
