using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VrijwilligersPortal.Infrastructure.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CompanyNumberAndCentreCountry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The KvK number becomes the company number (KvK or Belgian ondernemingsnummer): same data, 10 digits wide.
            migrationBuilder.RenameColumn(
                name: "KvkNumber",
                table: "Organisations",
                newName: "CompanyNumber");

            migrationBuilder.AlterColumn<string>(
                name: "CompanyNumber",
                table: "Organisations",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(8)",
                oldMaxLength: 8,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Country",
                table: "CentreSettings",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Country",
                table: "CentreSettings");

            // A Belgian number (10 digits) does not fit the old column: it is dropped, the KvK numbers are kept.
            migrationBuilder.Sql("UPDATE \"Organisations\" SET \"CompanyNumber\" = NULL WHERE LENGTH(\"CompanyNumber\") > 8");

            migrationBuilder.AlterColumn<string>(
                name: "CompanyNumber",
                table: "Organisations",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(10)",
                oldMaxLength: 10,
                oldNullable: true);

            migrationBuilder.RenameColumn(
                name: "CompanyNumber",
                table: "Organisations",
                newName: "KvkNumber");
        }
    }
}
