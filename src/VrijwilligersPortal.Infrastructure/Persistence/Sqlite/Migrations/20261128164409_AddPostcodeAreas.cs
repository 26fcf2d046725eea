using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VrijwilligersPortal.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddPostcodeAreas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PostcodeAreas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Municipality = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PlaceKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostcodeAreas", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PostcodeAreas_Code_CountryCode_Place",
                table: "PostcodeAreas",
                columns: new[] { "Code", "CountryCode", "Place" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PostcodeAreas_PlaceKey",
                table: "PostcodeAreas",
                column: "PlaceKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PostcodeAreas");
        }
    }
}
