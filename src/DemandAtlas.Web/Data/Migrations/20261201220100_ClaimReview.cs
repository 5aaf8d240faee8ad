using System.Globalization;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DemandAtlas.Web.Data.Migrations
{
    /// <summary>
    /// Review of claims at scale: when a claim was reviewed and by whom, and its evidence strength kept on the claim by
    /// triggers on Evidence, so every writer (EF, the importer's prepared statements, a restore) keeps it right.
    /// </summary>
    /// <remarks>
    /// The numbers are EvidenceStrength's (Listed 1, Named 2, Stated 3, Editor 4) for EvidenceKind's stored names;
    /// a test checks the triggers against EvidenceStrengths.Of for every kind. A claim with no evidence has none.
    /// </remarks>
    public partial class ClaimReview : Migration
    {
        private const string Rank = "CASE {0}.\"Kind\" WHEN 'Listed' THEN 1 WHEN 'SourceHeading' THEN 2 WHEN 'Narrative' THEN 3 WHEN 'Editor' THEN 4 END";

        private static string Recompute(string claimId) =>
            $"UPDATE \"Claims\" SET \"Strength\" = (SELECT max({string.Format(CultureInfo.InvariantCulture, Rank, "e")}) FROM \"Evidence\" AS e WHERE e.\"ClaimId\" = {claimId}) WHERE \"Id\" = {claimId};";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReviewedAt",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "Claims",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Strength",
                table: "Claims",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Jurisdictions_DeletedAt",
                table: "Jurisdictions",
                column: "DeletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ReviewedAt",
                table: "Claims",
                column: "ReviewedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Status_Strength_JurisdictionId_TacticId",
                table: "Claims",
                columns: new[] { "Status", "Strength", "JurisdictionId", "TacticId" });

            migrationBuilder.Sql(Recompute("\"Claims\".\"Id\""));
            // Inserting is the importer's hot path: the claim is written (and its index entry moved) only when the new
            // evidence is stronger than what it has, never by reading its other evidence.
            migrationBuilder.Sql($"""
                CREATE TRIGGER "TR_Evidence_Strength_Insert" AFTER INSERT ON "Evidence"
                WHEN coalesce({string.Format(CultureInfo.InvariantCulture, Rank, "NEW")}, 0) > (SELECT coalesce("Strength", 0) FROM "Claims" WHERE "Id" = NEW."ClaimId")
                BEGIN
                    UPDATE "Claims" SET "Strength" = {string.Format(CultureInfo.InvariantCulture, Rank, "NEW")} WHERE "Id" = NEW."ClaimId";
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "TR_Evidence_Strength_Delete" AFTER DELETE ON "Evidence" BEGIN
                    {Recompute("OLD.\"ClaimId\"")}
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "TR_Evidence_Strength_Update" AFTER UPDATE OF "Kind", "ClaimId" ON "Evidence" BEGIN
                    {Recompute("OLD.\"ClaimId\"")}
                    {Recompute("NEW.\"ClaimId\"")}
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER \"TR_Evidence_Strength_Insert\";");
            migrationBuilder.Sql("DROP TRIGGER \"TR_Evidence_Strength_Delete\";");
            migrationBuilder.Sql("DROP TRIGGER \"TR_Evidence_Strength_Update\";");

            migrationBuilder.DropIndex(
                name: "IX_Jurisdictions_DeletedAt",
                table: "Jurisdictions");

            migrationBuilder.DropIndex(
                name: "IX_Claims_ReviewedAt",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_Status_Strength_JurisdictionId_TacticId",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "Strength",
                table: "Claims");
        }
    }
}
