using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VrijwilligersPortal.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddMediationCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RecordConsentAt",
                table: "Volunteers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RecordConsentRecordedBy",
                table: "Volunteers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Abilities",
                table: "Mediations",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AssignedAt",
                table: "Mediations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AssignedBy",
                table: "Mediations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AssignedStaffId",
                table: "Mediations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FollowUpBy",
                table: "Mediations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FollowUpDueAt",
                table: "Mediations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FollowUpRating",
                table: "Mediations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FollowUpStory",
                table: "Mediations",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FollowedUpAt",
                table: "Mediations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "IntakeAt",
                table: "Mediations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "IntakeBy",
                table: "Mediations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Languages",
                table: "Mediations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "NotesRemovedAt",
                table: "Mediations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PlacedVacancyId",
                table: "Mediations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReferralSource",
                table: "Mediations",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "StoryMayBeUsed",
                table: "Mediations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "SuitableForIds",
                table: "Mediations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "SupportNeeds",
                table: "Mediations",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Mediations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Wishes",
                table: "Mediations",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MatchProposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VacancyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProposedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MediationId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WrittenBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    WrittenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MediationId = table.Column<int>(type: "INTEGER", nullable: false)
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
