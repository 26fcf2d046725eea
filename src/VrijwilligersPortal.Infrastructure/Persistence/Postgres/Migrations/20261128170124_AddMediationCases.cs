using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace VrijwilligersPortal.Infrastructure.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddMediationCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RecordConsentAt",
                table: "Volunteers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RecordConsentRecordedBy",
                table: "Volunteers",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Abilities",
                table: "Mediations",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AssignedAt",
                table: "Mediations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AssignedBy",
                table: "Mediations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AssignedStaffId",
                table: "Mediations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FollowUpBy",
                table: "Mediations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FollowUpDueAt",
                table: "Mediations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FollowUpRating",
                table: "Mediations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FollowUpStory",
                table: "Mediations",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FollowedUpAt",
                table: "Mediations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "IntakeAt",
                table: "Mediations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "IntakeBy",
                table: "Mediations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Languages",
                table: "Mediations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NotesRemovedAt",
                table: "Mediations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PlacedVacancyId",
                table: "Mediations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReferralSource",
                table: "Mediations",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "StoryMayBeUsed",
                table: "Mediations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int[]>(
                name: "SuitableForIds",
                table: "Mediations",
                type: "integer[]",
                nullable: false,
                defaultValue: new int[0]);

            migrationBuilder.AddColumn<string>(
                name: "SupportNeeds",
                table: "Mediations",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Mediations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Wishes",
                table: "Mediations",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MatchProposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VacancyId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProposedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MediationId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchProposals_Mediations_MediationId",
                        column: x => x.MediationId,
                        principalTable: "Mediations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MatchProposals_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MediationNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    WrittenBy = table.Column<Guid>(type: "uuid", nullable: false),
                    WrittenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MediationId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationNotes_Mediations_MediationId",
                        column: x => x.MediationId,
                        principalTable: "Mediations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Mediations_AssignedStaffId",
                table: "Mediations",
                column: "AssignedStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_Mediations_Status_FollowUpDueAt",
                table: "Mediations",
                columns: new[] { "Status", "FollowUpDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MatchProposals_MediationId",
                table: "MatchProposals",
                column: "MediationId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchProposals_VacancyId",
                table: "MatchProposals",
                column: "VacancyId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationNotes_MediationId",
                table: "MediationNotes",
                column: "MediationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MatchProposals");

            migrationBuilder.DropTable(
                name: "MediationNotes");

            migrationBuilder.DropIndex(
                name: "IX_Mediations_AssignedStaffId",
                table: "Mediations");

            migrationBuilder.DropIndex(
                name: "IX_Mediations_Status_FollowUpDueAt",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "RecordConsentAt",
                table: "Volunteers");

            migrationBuilder.DropColumn(
                name: "RecordConsentRecordedBy",
                table: "Volunteers");

            migrationBuilder.DropColumn(
                name: "Abilities",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "AssignedAt",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "AssignedBy",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "AssignedStaffId",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "FollowUpBy",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "FollowUpDueAt",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "FollowUpRating",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "FollowUpStory",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "FollowedUpAt",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "IntakeAt",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "IntakeBy",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "Languages",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "NotesRemovedAt",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "PlacedVacancyId",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "ReferralSource",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "StoryMayBeUsed",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "SuitableForIds",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "SupportNeeds",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "Wishes",
                table: "Mediations");
        }
    }
}
