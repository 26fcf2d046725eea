using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VrijwilligersPortal.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ReportLookupIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_VacancySuitableForTags_VacancyId",
                table: "VacancySuitableForTags");

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_Id_BirthYear",
                table: "Volunteers",
                columns: new[] { "Id", "BirthYear" });

            migrationBuilder.CreateIndex(
                name: "IX_VacancySuitableForTags_VacancyId_SuitableForId",
                table: "VacancySuitableForTags",
                columns: new[] { "VacancyId", "SuitableForId" });

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_Id_OrganisationId",
                table: "Vacancies",
                columns: new[] { "Id", "OrganisationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Volunteers_Id_BirthYear",
                table: "Volunteers");

            migrationBuilder.DropIndex(
                name: "IX_VacancySuitableForTags_VacancyId_SuitableForId",
                table: "VacancySuitableForTags");

            migrationBuilder.DropIndex(
                name: "IX_Vacancies_Id_OrganisationId",
                table: "Vacancies");

            migrationBuilder.CreateIndex(
                name: "IX_VacancySuitableForTags_VacancyId",
                table: "VacancySuitableForTags",
                column: "VacancyId");
        }
    }
}
