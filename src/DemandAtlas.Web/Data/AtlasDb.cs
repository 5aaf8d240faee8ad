using DemandAtlas.Web.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DemandAtlas.Web.Data;

/// <summary>The directory's store: content, staff accounts and data-protection keys in one SQLite file.</summary>
public sealed class AtlasDb(DbContextOptions<AtlasDb> options)
    : IdentityDbContext<AtlasUser>(options), IDataProtectionKeyContext
{
    public DbSet<Jurisdiction> Jurisdictions => Set<Jurisdiction>();
    public DbSet<Tactic> Tactics => Set<Tactic>();
    public DbSet<TacticAlias> TacticAliases => Set<TacticAlias>();
    public DbSet<TacticClaim> Claims => Set<TacticClaim>();
    public DbSet<Evidence> Evidence => Set<Evidence>();
    public DbSet<Operation> Operations => Set<Operation>();
    public DbSet<OperationTactic> OperationTactics => Set<OperationTactic>();
    public DbSet<OperationPartner> OperationPartners => Set<OperationPartner>();
    public DbSet<Partner> Partners => Set<Partner>();
    public DbSet<PartnerAlias> PartnerAliases => Set<PartnerAlias>();
    public DbSet<JurisdictionPartner> JurisdictionPartners => Set<JurisdictionPartner>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<SourceTactic> SourceTactics => Set<SourceTactic>();
    public DbSet<SourceItem> SourceItems => Set<SourceItem>();
    public DbSet<RelatedJurisdiction> RelatedJurisdictions => Set<RelatedJurisdiction>();
    public DbSet<ImportWarning> ImportWarnings => Set<ImportWarning>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<EditedField> EditedFields => Set<EditedField>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<StoreChange> StoreChanges => Set<StoreChange>();

    /// <summary>
    /// The clock this store's writes are stamped with and its "now" is read from: the host's <see cref="TimeProvider"/>
    /// (a test host may set a fake one), or the system clock for a context made outside a host.
    /// </summary>
    public TimeProvider Clock => clock ??=
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<TimeProvider>()
        ?? TimeProvider.System;

    private TimeProvider? clock;

    /// <summary>Jurisdictions the public may see (<see cref="Visibility.PublicJurisdiction"/>).</summary>
    public IQueryable<Jurisdiction> PublicJurisdictions => Jurisdictions.Where(Visibility.PublicJurisdiction);

    /// <summary>Claims shown with their public jurisdiction.</summary>
    public IQueryable<TacticClaim> PublicClaims =>
        PublicJurisdictions.SelectMany(j => j.Claims.AsQueryable().Where(Visibility.PublicClaim));

    /// <summary>Claims counted in public totals: confidential ones included, never listed.</summary>
    public IQueryable<TacticClaim> CountedClaims =>
        PublicJurisdictions.SelectMany(j => j.Claims.AsQueryable().Where(Visibility.CountedClaim));

    /// <summary>Operations shown with their public jurisdiction.</summary>
    public IQueryable<Operation> PublicOperations =>
        PublicJurisdictions.SelectMany(j => j.Operations.AsQueryable().Where(Visibility.PublicOperation));

    /// <summary>Operations counted in public totals: confidential ones included, never listed.</summary>
    public IQueryable<Operation> CountedOperations => PublicJurisdictions.SelectMany(j => j.Operations);

    /// <summary>
    /// Partners the public may see: linked to a public jurisdiction (themselves or one of their units) or named on a
    /// public operation. One known only from drafts, deleted places or confidential operations has no public page.
    /// </summary>
    public IQueryable<Partner> PublicPartners =>
        Partners.Where(p => PublicJurisdictions.Any(j => j.Partners.Any(l => l.PartnerId == p.Id || l.Partner.ParentId == p.Id))
            || PublicOperations.Any(o => o.Partners.Any(l => l.PartnerId == p.Id)));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AtlasDb).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare DateTimeOffset values in SQL; sortable UTC text keeps ORDER BY right and the file readable.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTextConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTextConverter>();
    }
}
