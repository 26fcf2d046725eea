using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VrijwilligersPortal.Infrastructure.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DropMatchingPrefilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Vacancies_Matching_Box",
                table: "Vacancies");

            migrationBuilder.DropIndex(
                name: "IX_Vacancies_Matching_FromHome",
                table: "Vacancies");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_Matching_Box",
                table: "Vacancies",
                columns: new[] { "Status", "CategoryId", "Latitude", "Longitude" });

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_Matching_FromHome",
                table: "Vacancies",
                columns: new[] { "Status", "CategoryId" },
                filter: "\"IsRemote\"");
        }
    }
}
