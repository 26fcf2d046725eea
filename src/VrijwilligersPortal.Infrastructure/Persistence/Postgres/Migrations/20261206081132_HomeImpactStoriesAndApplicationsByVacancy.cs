using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VrijwilligersPortal.Infrastructure.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class HomeImpactStoriesAndApplicationsByVacancy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "StoryMayBePublished",
                table: "PlacementFollowUps",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ShowImpactOnHome",
                table: "CentreSettings",
                type: "boolean",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_VacancyId",
                table: "Applications",
                column: "VacancyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_VacancyId",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StoryMayBePublished",
                table: "PlacementFollowUps");

            migrationBuilder.DropColumn(
                name: "ShowImpactOnHome",
                table: "CentreSettings");
        }
    }
}
