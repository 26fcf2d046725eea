using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace VrijwilligersPortal.Infrastructure.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddMatchAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MatchAlertDeliveries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VolunteerId = table.Column<int>(type: "integer", nullable: false),
                    VacancyId = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchAlertDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchAlertDeliveries_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MatchAlertDeliveries_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MatchAlerts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VolunteerId = table.Column<int>(type: "integer", nullable: false),
                    Frequency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Threshold = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CoveredUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchAlerts_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_Matching_Box",
                table: "Vacancies",
                columns: new[] { "Status", "CategoryId", "Latitude", "Longitude" });

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_Matching_FromHome",
                table: "Vacancies",
                columns: new[] { "Status", "CategoryId" },
                filter: "\"IsRemote\"");

            migrationBuilder.CreateIndex(
                name: "IX_MatchAlertDeliveries_VacancyId",
                table: "MatchAlertDeliveries",
                column: "VacancyId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchAlertDeliveries_VolunteerId_VacancyId",
                table: "MatchAlertDeliveries",
                columns: new[] { "VolunteerId", "VacancyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MatchAlerts_CoveredUntil",
                table: "MatchAlerts",
                column: "CoveredUntil");

            migrationBuilder.CreateIndex(
                name: "IX_MatchAlerts_VolunteerId",
                table: "MatchAlerts",
                column: "VolunteerId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MatchAlertDeliveries");

            migrationBuilder.DropTable(
                name: "MatchAlerts");

            migrationBuilder.DropIndex(
                name: "IX_Vacancies_Matching_Box",
                table: "Vacancies");

            migrationBuilder.DropIndex(
                name: "IX_Vacancies_Matching_FromHome",
                table: "Vacancies");
        }
    }
}
