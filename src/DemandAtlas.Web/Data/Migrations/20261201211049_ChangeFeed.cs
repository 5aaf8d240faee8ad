using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DemandAtlas.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ChangeFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StoreChanges",
                columns: table => new
                {
                    Seq = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JurisdictionId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoreChanges", x => x.Seq);
                });

            // The change feed is written by the store itself, so every writer feeds it: EF, the importer's bulk
            // statements, raw SQL and other processes alike. A row names the jurisdiction whose public content a
            // write touched; a NULL jurisdiction means something every page shows (a tactic) changed.
            foreach (var (table, jurisdiction) in Direct)
            {
                foreach (var (when, row) in Events)
                {
                    migrationBuilder.Sql($"CREATE TRIGGER StoreChanges_{table}_{when} AFTER {when} ON {table} BEGIN INSERT INTO StoreChanges (JurisdictionId) VALUES ({row}.{jurisdiction}); END;");
                }
            }

            // Rows that belong to a jurisdiction through a parent row; when the parent is gone too (a cascade), the
            // parent's own trigger has already named the jurisdiction.
            foreach (var (table, key, parent, parentJurisdiction) in Indirect)
            {
                foreach (var (when, row) in Events)
                {
                    migrationBuilder.Sql($"CREATE TRIGGER StoreChanges_{table}_{when} AFTER {when} ON {table} BEGIN INSERT INTO StoreChanges (JurisdictionId) SELECT {parentJurisdiction} FROM {parent} WHERE Id = {row}.{key}; END;");
                }
            }

            // A partner's name shows on every place it worked with; a tactic's name and order on every page.
            migrationBuilder.Sql("CREATE TRIGGER StoreChanges_Partners_UPDATE AFTER UPDATE ON Partners BEGIN INSERT INTO StoreChanges (JurisdictionId) SELECT JurisdictionId FROM JurisdictionPartners WHERE PartnerId = NEW.Id; END;");
            foreach (var (when, _) in Events)
            {
                migrationBuilder.Sql($"CREATE TRIGGER StoreChanges_Tactics_{when} AFTER {when} ON Tactics BEGIN INSERT INTO StoreChanges (JurisdictionId) VALUES (NULL); END;");
            }
        }

        internal static readonly (string When, string Row)[] Events = [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")];

        internal static readonly (string Table, string Jurisdiction)[] Direct =
        [
            ("Jurisdictions", "Id"), ("Claims", "JurisdictionId"), ("Operations", "JurisdictionId"), ("JurisdictionPartners", "JurisdictionId"),
            ("Sources", "JurisdictionId"), ("RelatedJurisdictions", "JurisdictionId"),
        ];

        internal static readonly (string Table, string Key, string Parent, string ParentJurisdiction)[] Indirect =
        [
            ("Evidence", "ClaimId", "Claims", "JurisdictionId"), ("OperationTactics", "OperationId", "Operations", "JurisdictionId"),
            ("OperationPartners", "OperationId", "Operations", "JurisdictionId"), ("SourceTactics", "SourceId", "Sources", "JurisdictionId"),
            ("SourceItems", "SourceId", "Sources", "JurisdictionId"),
        ];

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, _) in Direct)
            {
                foreach (var (when, _) in Events)
                {
                    migrationBuilder.Sql($"DROP TRIGGER StoreChanges_{table}_{when};");
                }
            }

            foreach (var (table, _, _, _) in Indirect)
            {
                foreach (var (when, _) in Events)
                {
                    migrationBuilder.Sql($"DROP TRIGGER StoreChanges_{table}_{when};");
                }
            }

            migrationBuilder.Sql("DROP TRIGGER StoreChanges_Partners_UPDATE;");
            foreach (var (when, _) in Events)
            {
                migrationBuilder.Sql($"DROP TRIGGER StoreChanges_Tactics_{when};");
            }

            migrationBuilder.DropTable(
                name: "StoreChanges");
        }
    }
}
