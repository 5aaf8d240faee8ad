using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DemandAtlas.Web.Data.Migrations
{
    /// <summary>
    /// A partner's name shows on the profile of every place that worked with it: as its own partner, as the parent
    /// of a sub-unit the place names, and on the place's operations. Renaming it (or its slug or parent) now names
    /// all of those places in the change feed, not only the first kind: public pages are cached per place, so a
    /// place the feed does not name keeps its page.
    /// </summary>
    public partial class PartnerChangesNameEveryPlace : Migration
    {
        private const string Changed = "OLD.Name IS NOT NEW.Name OR OLD.Slug IS NOT NEW.Slug OR OLD.ParentId IS NOT NEW.ParentId";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER StoreChanges_Partners_UPDATE;");
            migrationBuilder.Sql($"""
                CREATE TRIGGER StoreChanges_Partners_UPDATE AFTER UPDATE ON Partners WHEN {Changed} BEGIN
                    INSERT INTO StoreChanges (JurisdictionId)
                    SELECT JurisdictionId FROM JurisdictionPartners
                    WHERE PartnerId = NEW.Id OR PartnerId IN (SELECT Id FROM Partners WHERE ParentId = NEW.Id)
                    UNION
                    SELECT o.JurisdictionId FROM OperationPartners AS op JOIN Operations AS o ON o.Id = op.OperationId
                    WHERE op.PartnerId = NEW.Id OR op.PartnerId IN (SELECT Id FROM Partners WHERE ParentId = NEW.Id);
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER StoreChanges_Partners_UPDATE;");
            migrationBuilder.Sql($"CREATE TRIGGER StoreChanges_Partners_UPDATE AFTER UPDATE ON Partners WHEN {Changed} BEGIN INSERT INTO StoreChanges (JurisdictionId) SELECT JurisdictionId FROM JurisdictionPartners WHERE PartnerId = NEW.Id; END;");
        }
    }
}
