using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace DemandAtlas.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    IsDisabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<string>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<string>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", nullable: true),
                    Details = table.Column<string>(type: "TEXT", nullable: true),
                    RemoteIp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Jurisdictions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StateCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    StateName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    County = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Population = table.Column<int>(type: "INTEGER", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    CoordinateSource = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    NarrativeMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    NarrativeHtml = table.Column<string>(type: "TEXT", nullable: false),
                    SourceFile = table.Column<string>(type: "TEXT", nullable: true),
                    SourceSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    HadMenuTacticsBlock = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Jurisdictions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Partners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Partners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Partners_Partners_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Tactics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    NationalContext = table.Column<string>(type: "TEXT", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tactics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserSessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    LastSeenAt = table.Column<string>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UserSessions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EditedFields",
                columns: table => new
                {
                    JurisdictionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    EditedAt = table.Column<string>(type: "TEXT", nullable: false),
                    EditedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EditedFields", x => new { x.JurisdictionId, x.Field });
                    table.ForeignKey(
                        name: "FK_EditedFields_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImportWarnings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JurisdictionId = table.Column<int>(type: "INTEGER", nullable: false),
                    File = table.Column<string>(type: "TEXT", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewedAt = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportWarnings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportWarnings_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Operations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JurisdictionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: true),
                    Day = table.Column<int>(type: "INTEGER", nullable: true),
                    Arrests = table.Column<int>(type: "INTEGER", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: true),
                    IsConfidential = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Operations_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RelatedJurisdictions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JurisdictionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MatchedJurisdictionId = table.Column<int>(type: "INTEGER", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RelatedJurisdictions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RelatedJurisdictions_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RelatedJurisdictions_Jurisdictions_MatchedJurisdictionId",
                        column: x => x.MatchedJurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Revisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JurisdictionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Author = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    ChangesJson = table.Column<string>(type: "TEXT", nullable: false),
                    SnapshotJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Revisions_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JurisdictionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sources_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JurisdictionPartners",
                columns: table => new
                {
                    JurisdictionId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JurisdictionPartners", x => new { x.JurisdictionId, x.PartnerId });
                    table.ForeignKey(
                        name: "FK_JurisdictionPartners_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JurisdictionPartners_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JurisdictionId = table.Column<int>(type: "INTEGER", nullable: false),
                    TacticId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsConfidential = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Claims_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Claims_Tactics_TacticId",
                        column: x => x.TacticId,
                        principalTable: "Tactics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TacticAliases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TacticId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TacticAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TacticAliases_Tactics_TacticId",
                        column: x => x.TacticId,
                        principalTable: "Tactics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OperationPartners",
                columns: table => new
                {
                    OperationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationPartners", x => new { x.OperationId, x.PartnerId });
                    table.ForeignKey(
                        name: "FK_OperationPartners_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OperationPartners_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OperationTactics",
                columns: table => new
                {
                    OperationId = table.Column<int>(type: "INTEGER", nullable: false),
                    TacticId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationTactics", x => new { x.OperationId, x.TacticId });
                    table.ForeignKey(
                        name: "FK_OperationTactics_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OperationTactics_Tactics_TacticId",
                        column: x => x.TacticId,
                        principalTable: "Tactics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SourceItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    Outlet = table.Column<string>(type: "TEXT", nullable: true),
                    Date = table.Column<string>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SourceItems_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SourceTactics",
                columns: table => new
                {
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    TacticId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceTactics", x => new { x.SourceId, x.TacticId });
                    table.ForeignKey(
                        name: "FK_SourceTactics_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SourceTactics_Tactics_TacticId",
                        column: x => x.TacticId,
                        principalTable: "Tactics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Evidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClaimId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: true),
                    AddedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Evidence_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Tactics",
                columns: new[] { "Id", "Description", "Name", "NationalContext", "Slug", "SortOrder" },
                values: new object[,]
                {
                    { 1, "Police impound or seize the vehicle a buyer used to solicit. Getting it back costs fees or fines, often between $250 and $2,000, and some places forfeit and auction it.", "Auto Seizure", "More than 295 cities and counties (Demand Forum, May 2023).", "auto-seizure", 1 },
                    { 2, "Arresting people who try to buy sex, by any means: stings, patrols or investigations.", "Buyer Arrests", "More than 2,690 cities and counties (Demand Forum, May 2023).", "buyer-arrests", 2 },
                    { 3, "Surveillance cameras in areas where buyers solicit. Visible cameras deter; hidden ones gather evidence. Residents sometimes film buyers themselves.", "Cameras", "More than 260 (Demand Forum, May 2023).", "cameras", 3 },
                    { 4, "Arrested buyers are ordered to do community service, often street clean-up, as a sentence or as a condition of diversion.", "Community Service", "More than 235 (Demand Forum, May 2023).", "community-service", 4 },
                    { 5, "Buyers lose their jobs or resign after an arrest becomes known, especially people who hold positions of public trust.", "Employment Loss", "More than 490 (Demand Forum, May 2023).", "employment-loss", 5 },
                    { 6, "The names and photographs of arrested buyers are made public through news releases, police or prosecutor websites, social media or billboards. Formerly called shaming.", "Identity Disclosure", "An older count: more than 1,280 (Demand Forum).", "identity-disclosure", 6 },
                    { 7, "Technology that deters buyers or builds evidence against them, such as decoy ads answered by chatbots or deterrence messages shown to people searching for paid sex. Partners often ask that locations stay undisclosed, so published counts are a floor.", "IT Based Tactics", "More than 78, a lower bound (Demand Forum, May 2023).", "it-based-tactics", 7 },
                    { 8, "An education or treatment program for arrested buyers, imposed as a sentence condition or offered as diversion, and usually paid for by participants' fees of about $400. Some programs run online.", "John School", "Programs in more than 70 locations serving more than 235 cities and counties (Demand Forum, May 2023).", "john-school", 8 },
                    { 9, "\"Dear John\" letters sent to the registered owners of vehicles seen in prostitution areas, or to the homes of arrested buyers.", "Letters", "Close to 100 (Demand Forum, May 2023).", "letters", 9 },
                    { 10, "Suspending the driver's license of a buyer who used a vehicle to solicit, where state law allows it.", "License Suspension", "35 known, likely undercounted (Demand Forum, May 2023).", "license-suspension", 10 },
                    { 11, "Organized residents who give tips to police, run patrols, put up websites or billboards naming buyers, or sit on community impact panels.", "Neighborhood Action", "More than 265 (Demand Forum, May 2023).", "neighborhood-action", 11 },
                    { 12, "Campaigns that discourage buying sex, aimed at the general public, at known buyers or at young people.", "Public Education", "More than 210 (Demand Forum, May 2023).", "public-education", 12 },
                    { 13, "Officers pose as people selling sex, or as trafficked minors, and arrest those who try to buy. Variants run on the street, online and elsewhere; it is the most widely used tactic.", "Reverse Stings", "More than 2,205 (Demand Forum, May 2023).", "reverse-stings", 13 },
                    { 14, "\"Stay Out of Areas of Prostitution\" orders: a court or an ordinance bars arrested buyers from zones of known prostitution. Also called geographic restraining orders.", "SOAP Orders", "At least 140 (Demand Forum, May 2023).", "soap-orders", 14 },
                    { 15, "Police post decoy ads online, or take over real ones, and arrest the people who arrive to buy, often at a hotel or apartment.", "Web Stings", "More than 1,610 (Demand Forum, May 2023).", "web-stings", 15 }
                });

            migrationBuilder.InsertData(
                table: "TacticAliases",
                columns: new[] { "Id", "Key", "Name", "TacticId" },
                values: new object[,]
                {
                    { 1, "vehicle seizure", "Vehicle Seizure", 1 },
                    { 2, "vehicle seizures", "Vehicle Seizures", 1 },
                    { 3, "impound", "Impound", 1 },
                    { 4, "vehicle impound", "Vehicle Impound", 1 },
                    { 5, "vehicle impoundment", "Vehicle Impoundment", 1 },
                    { 6, "car seizure", "Car Seizure", 1 },
                    { 7, "auto seizures", "Auto Seizures", 1 },
                    { 8, "buyer arrest", "Buyer Arrest", 2 },
                    { 9, "arrests of buyers", "Arrests of Buyers", 2 },
                    { 10, "john arrests", "John Arrests", 2 },
                    { 11, "camera", "Camera", 3 },
                    { 12, "surveillance cameras", "Surveillance Cameras", 3 },
                    { 13, "video surveillance", "Video Surveillance", 3 },
                    { 14, "job loss", "Job Loss", 5 },
                    { 15, "loss of employment", "Loss of Employment", 5 },
                    { 16, "shaming", "Shaming", 6 },
                    { 17, "public shaming", "Public Shaming", 6 },
                    { 18, "publicizing names", "Publicizing Names", 6 },
                    { 19, "identity disclosures", "Identity Disclosures", 6 },
                    { 20, "it based tactics", "IT-Based Tactics", 7 },
                    { 21, "it based tactic", "IT Based Tactic", 7 },
                    { 22, "information technology tactics", "Information Technology Tactics", 7 },
                    { 23, "chatbots", "Chatbots", 7 },
                    { 24, "john schools", "John Schools", 8 },
                    { 25, "offender education program", "Offender Education Program", 8 },
                    { 26, "offender education programs", "Offender Education Programs", 8 },
                    { 27, "first offender prostitution program", "First Offender Prostitution Program", 8 },
                    { 28, "buyer education program", "Buyer Education Program", 8 },
                    { 29, "dear john letters", "Dear John Letters", 9 },
                    { 30, "dear john letter", "Dear John Letter", 9 },
                    { 31, "letter", "Letter", 9 },
                    { 32, "drivers license suspension", "Driver's License Suspension", 10 },
                    { 33, "driver license suspension", "Driver License Suspension", 10 },
                    { 34, "license suspensions", "License Suspensions", 10 },
                    { 35, "neighbourhood action", "Neighbourhood Action", 11 },
                    { 36, "community action", "Community Action", 11 },
                    { 37, "neighborhood watch", "Neighborhood Watch", 11 },
                    { 38, "public awareness campaign", "Public Awareness Campaign", 12 },
                    { 39, "public awareness campaigns", "Public Awareness Campaigns", 12 },
                    { 40, "awareness campaign", "Awareness Campaign", 12 },
                    { 41, "reverse sting", "Reverse Sting", 13 },
                    { 42, "john sting", "John Sting", 13 },
                    { 43, "john stings", "John Stings", 13 },
                    { 44, "john operation", "John Operation", 13 },
                    { 45, "john operations", "John Operations", 13 },
                    { 46, "street level reverse sting", "Street-Level Reverse Sting", 13 },
                    { 47, "street level reverse stings", "Street-Level Reverse Stings", 13 },
                    { 48, "decoy operation", "Decoy Operation", 13 },
                    { 49, "soap order", "SOAP Order", 14 },
                    { 50, "geographic restraining orders", "Geographic Restraining Orders", 14 },
                    { 51, "geographic restraining order", "Geographic Restraining Order", 14 },
                    { 52, "exclusion zones", "Exclusion Zones", 14 },
                    { 53, "exclusion zone", "Exclusion Zone", 14 },
                    { 54, "stay out of areas of prostitution", "Stay Out of Areas of Prostitution", 14 },
                    { 55, "stay out of areas of prostitution orders", "Stay Out of Areas of Prostitution Orders", 14 },
                    { 56, "web sting", "Web Sting", 15 },
                    { 57, "web based reverse sting", "Web-Based Reverse Sting", 15 },
                    { 58, "web based reverse stings", "Web-Based Reverse Stings", 15 },
                    { 59, "online sting", "Online Sting", 15 },
                    { 60, "online stings", "Online Stings", 15 },
                    { 61, "internet sting", "Internet Sting", 15 },
                    { 62, "internet stings", "Internet Stings", 15 },
                    { 63, "decoy ad", "Decoy Ad", 15 },
                    { 64, "decoy ads", "Decoy Ads", 15 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_At",
                table: "AuditLog",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_JurisdictionId_TacticId",
                table: "Claims",
                columns: new[] { "JurisdictionId", "TacticId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Claims_TacticId_Status_JurisdictionId",
                table: "Claims",
                columns: new[] { "TacticId", "Status", "JurisdictionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Evidence_ClaimId",
                table: "Evidence",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportWarnings_JurisdictionId",
                table: "ImportWarnings",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportWarnings_ReviewedAt_Code",
                table: "ImportWarnings",
                columns: new[] { "ReviewedAt", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_JurisdictionPartners_PartnerId",
                table: "JurisdictionPartners",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Jurisdictions_IsPublished_DeletedAt",
                table: "Jurisdictions",
                columns: new[] { "IsPublished", "DeletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Jurisdictions_Name",
                table: "Jurisdictions",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Jurisdictions_Population",
                table: "Jurisdictions",
                column: "Population");

            migrationBuilder.CreateIndex(
                name: "IX_Jurisdictions_Slug",
                table: "Jurisdictions",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Jurisdictions_StateCode",
                table: "Jurisdictions",
                column: "StateCode");

            migrationBuilder.CreateIndex(
                name: "IX_OperationPartners_PartnerId",
                table: "OperationPartners",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_JurisdictionId",
                table: "Operations",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_Year_Month_Day",
                table: "Operations",
                columns: new[] { "Year", "Month", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_OperationTactics_TacticId",
                table: "OperationTactics",
                column: "TacticId");

            migrationBuilder.CreateIndex(
                name: "IX_Partners_ParentId",
                table: "Partners",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Partners_Slug",
                table: "Partners",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RelatedJurisdictions_JurisdictionId",
                table: "RelatedJurisdictions",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_RelatedJurisdictions_MatchedJurisdictionId",
                table: "RelatedJurisdictions",
                column: "MatchedJurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_RelatedJurisdictions_Name_MatchedJurisdictionId",
                table: "RelatedJurisdictions",
                columns: new[] { "Name", "MatchedJurisdictionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_CreatedAt",
                table: "Revisions",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_JurisdictionId_Number",
                table: "Revisions",
                columns: new[] { "JurisdictionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SourceItems_SourceId",
                table: "SourceItems",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_JurisdictionId",
                table: "Sources",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_SourceTactics_TacticId",
                table: "SourceTactics",
                column: "TacticId");

            migrationBuilder.CreateIndex(
                name: "IX_TacticAliases_Key",
                table: "TacticAliases",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TacticAliases_TacticId",
                table: "TacticAliases",
                column: "TacticId");

            migrationBuilder.CreateIndex(
                name: "IX_Tactics_Slug",
                table: "Tactics",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UserSessions_UserId",
                table: "UserSessions",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "EditedFields");

            migrationBuilder.DropTable(
                name: "Evidence");

            migrationBuilder.DropTable(
                name: "ImportWarnings");

            migrationBuilder.DropTable(
                name: "JurisdictionPartners");

            migrationBuilder.DropTable(
                name: "OperationPartners");

            migrationBuilder.DropTable(
                name: "OperationTactics");

            migrationBuilder.DropTable(
                name: "RelatedJurisdictions");

            migrationBuilder.DropTable(
                name: "Revisions");

            migrationBuilder.DropTable(
                name: "SourceItems");

            migrationBuilder.DropTable(
                name: "SourceTactics");

            migrationBuilder.DropTable(
                name: "TacticAliases");

            migrationBuilder.DropTable(
                name: "UserSessions");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "Claims");

            migrationBuilder.DropTable(
                name: "Partners");

            migrationBuilder.DropTable(
                name: "Operations");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Tactics");

            migrationBuilder.DropTable(
                name: "Jurisdictions");
        }
    }
}
