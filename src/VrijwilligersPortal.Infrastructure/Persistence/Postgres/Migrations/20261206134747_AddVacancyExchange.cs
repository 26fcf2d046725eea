using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace VrijwilligersPortal.Infrastructure.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddVacancyExchange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ExchangeSourceId",
                table: "Vacancies",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceUrl",
                table: "Vacancies",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceVacancyId",
                table: "Vacancies",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ExchangeSourceId",
                table: "Organisations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceOrganisationId",
                table: "Organisations",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ExchangeSources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FeedUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastSuccessAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastErrorAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ImportedCount = table.Column<int>(type: "integer", nullable: false),
                    RemovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExchangeSources", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_ExchangeSourceId_SourceVacancyId",
                table: "Vacancies",
                columns: new[] { "ExchangeSourceId", "SourceVacancyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_ExchangeSourceId_SourceOrganisationId",
                table: "Organisations",
                columns: new[] { "ExchangeSourceId", "SourceOrganisationId" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Organisations_ExchangeSources_ExchangeSourceId",
                table: "Organisations",
                column: "ExchangeSourceId",
                principalTable: "ExchangeSources",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Vacancies_ExchangeSources_ExchangeSourceId",
                table: "Vacancies",
                column: "ExchangeSourceId",
                principalTable: "ExchangeSources",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Organisations_ExchangeSources_ExchangeSourceId",
                table: "Organisations");

            migrationBuilder.DropForeignKey(
                name: "FK_Vacancies_ExchangeSources_ExchangeSourceId",
                table: "Vacancies");

            migrationBuilder.DropTable(
                name: "ExchangeSources");

            migrationBuilder.DropIndex(
                name: "IX_Vacancies_ExchangeSourceId_SourceVacancyId",
                table: "Vacancies");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_ExchangeSourceId_SourceOrganisationId",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "ExchangeSourceId",
                table: "Vacancies");

            migrationBuilder.DropColumn(
                name: "SourceUrl",
                table: "Vacancies");

            migrationBuilder.DropColumn(
                name: "SourceVacancyId",
                table: "Vacancies");

            migrationBuilder.DropColumn(
                name: "ExchangeSourceId",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "SourceOrganisationId",
                table: "Organisations");
        }
    }
}
