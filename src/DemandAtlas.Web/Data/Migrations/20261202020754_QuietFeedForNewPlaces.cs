using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DemandAtlas.Web.Data.Migrations
{
    /// <summary>
    /// The bulk importer writes a new place and all its rows in one transaction; the place's own INSERT already
    /// names it in the change feed, so the rows after it need not name it again (about 30 feed rows a document, a
    /// sixth of the import's time). While a place's id is in FeedQuiet its rows write no feed rows. The importer
    /// adds the id after inserting the place and removes it before the document's savepoint is released, so no
    /// other connection ever sees it, and a rolled-back document takes it away with everything else. Every other
    /// write (staff, raw SQL, other processes) finds FeedQuiet empty and feeds as before.
    /// </summary>
    public partial class QuietFeedForNewPlaces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TABLE FeedQuiet (JurisdictionId INTEGER NOT NULL PRIMARY KEY);");
            Replace(migrationBuilder, quiet: true);
            // The importer's "insert this partner unless it exists" is an UPDATE that changes nothing; it named every
            // place the partner worked with. Only a change to what pages show (name, slug, parent) does now.
            migrationBuilder.Sql("DROP TRIGGER StoreChanges_Partners_UPDATE;");
            migrationBuilder.Sql("CREATE TRIGGER StoreChanges_Partners_UPDATE AFTER UPDATE ON Partners WHEN OLD.Name IS NOT NEW.Name OR OLD.Slug IS NOT NEW.Slug OR OLD.ParentId IS NOT NEW.ParentId BEGIN INSERT INTO StoreChanges (JurisdictionId) SELECT JurisdictionId FROM JurisdictionPartners WHERE PartnerId = NEW.Id; END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Replace(migrationBuilder, quiet: false);
            migrationBuilder.Sql("DROP TRIGGER StoreChanges_Partners_UPDATE;");
            migrationBuilder.Sql("CREATE TRIGGER StoreChanges_Partners_UPDATE AFTER UPDATE ON Partners BEGIN INSERT INTO StoreChanges (JurisdictionId) SELECT JurisdictionId FROM JurisdictionPartners WHERE PartnerId = NEW.Id; END;");
            migrationBuilder.Sql("DROP TABLE FeedQuiet;");
        }

        private static void Replace(MigrationBuilder migrationBuilder, bool quiet)
        {
            foreach (var (table, jurisdiction) in ChangeFeed.Direct)
            {
                foreach (var (when, row) in ChangeFeed.Events)
                {
                    var unless = quiet ? $" WHEN NOT EXISTS (SELECT 1 FROM FeedQuiet WHERE JurisdictionId = {row}.{jurisdiction})" : "";
                    migrationBuilder.Sql($"DROP TRIGGER StoreChanges_{table}_{when};");
                    migrationBuilder.Sql($"CREATE TRIGGER StoreChanges_{table}_{when} AFTER {when} ON {table}{unless} BEGIN INSERT INTO StoreChanges (JurisdictionId) VALUES ({row}.{jurisdiction}); END;");
                }
            }

            foreach (var (table, key, parent, parentJurisdiction) in ChangeFeed.Indirect)
            {
                foreach (var (when, row) in ChangeFeed.Events)
                {
                    var unless = quiet ? $" WHEN NOT EXISTS (SELECT 1 FROM FeedQuiet WHERE JurisdictionId = (SELECT {parentJurisdiction} FROM {parent} WHERE Id = {row}.{key}))" : "";
                    migrationBuilder.Sql($"DROP TRIGGER StoreChanges_{table}_{when};");
                    migrationBuilder.Sql($"CREATE TRIGGER StoreChanges_{table}_{when} AFTER {when} ON {table}{unless} BEGIN INSERT INTO StoreChanges (JurisdictionId) SELECT {parentJurisdiction} FROM {parent} WHERE Id = {row}.{key}; END;");
                }
            }
        }
    }
}
