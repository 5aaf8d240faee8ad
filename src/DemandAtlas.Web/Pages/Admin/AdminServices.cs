using DemandAtlas.Web.Editing;
using DemandAtlas.Web.Pages.Admin.Import;
using DemandAtlas.Web.Pages.Admin.Review;
using DemandAtlas.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DemandAtlas.Web.Pages.Admin;

public static class AdminServices
{
    /// <summary>Staff accounts and security, plus the access rules for everything under /admin.</summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAtlasSecurity(configuration);
        services.AddScoped<SnapshotApplier>();
        services.AddScoped<JurisdictionEditor>();
        services.AddScoped<ReviewDecisions>();
        services.AddSingleton<UploadStore>();
        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin", SecurityServices.StaffPolicy);
            options.Conventions.AuthorizeFolder("/Admin/Users", SecurityServices.AdminPolicy);
            options.Conventions.AuthorizeFolder("/Admin/Tactics", SecurityServices.AdminPolicy);
            options.Conventions.AuthorizeFolder("/Admin/AuditLog", SecurityServices.AdminPolicy);
        });
        return services;
    }
}
