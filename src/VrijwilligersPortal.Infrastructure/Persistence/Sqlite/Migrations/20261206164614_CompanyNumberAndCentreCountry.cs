using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VrijwilligersPortal.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CompanyNumberAndCentreCountry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The KvK number becomes the company number (KvK or Belgian ondernemingsnummer): same data; SQLite's TEXT has no width to change.
            migrationBuilder.RenameColumn(
                name: "KvkNumber",
                table: "Organisations",
                newName: "CompanyNumber");

            migrationBuilder.AddColumn<string>(
                name: "Country",
                table: "CentreSettings",
                type: "TEXT",
                maxLength: 2,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Country",
                table: "CentreSettings");

            // The old model allowed 8 characters: a Belgian number (10 digits) is dropped, the KvK numbers are kept.
            migrationBuilder.Sql("UPDATE \"Organisations\" SET \"CompanyNumber\" = NULL WHERE LENGTH(\"CompanyNumber\") > 8");

            migrationBuilder.RenameColumn(
                name: "CompanyNumber",
                table: "Organisations",
                newName: "KvkNumber");
        }
    }
}
