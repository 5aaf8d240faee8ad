using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DemandAtlas.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PartnerAliases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PartnerAliases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PartnerId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerAliases_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerAliases_PartnerId",
                table: "PartnerAliases",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerAliases_Slug",
                table: "PartnerAliases",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PartnerAliases");
        }
    }
}
