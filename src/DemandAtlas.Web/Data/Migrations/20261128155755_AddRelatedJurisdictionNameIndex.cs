using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DemandAtlas.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddRelatedJurisdictionNameIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_RelatedJurisdictions_Name_MatchedJurisdictionId",
                table: "RelatedJurisdictions",
                columns: new[] { "Name", "MatchedJurisdictionId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RelatedJurisdictions_Name_MatchedJurisdictionId",
                table: "RelatedJurisdictions");
        }
    }
}
