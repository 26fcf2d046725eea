using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VrijwilligersPortal.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class LanguagesOfAccountsAndVacancies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EnglishSummary",
                table: "Vacancies",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EnglishTitle",
                table: "Vacancies",
                type: "nvarchar(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreferredLanguage",
                table: "AspNetUsers",
                type: "nvarchar(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "nl");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EnglishSummary",
                table: "Vacancies");

            migrationBuilder.DropColumn(
                name: "EnglishTitle",
                table: "Vacancies");

            migrationBuilder.DropColumn(
                name: "PreferredLanguage",
                table: "AspNetUsers");
        }
    }
}
